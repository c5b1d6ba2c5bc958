import { createLocalReq, type Payload } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import type { Id } from '../../src/access/types'
import { runSql, sql, tableOf } from '../../src/concurrency/rawSql'
import type { ReportDefinition } from '../../src/reports/definition/reportDefinition'
import { runReport } from '../../src/reports/run/runReport'
import { openBenchDatabase } from '../benchDatabase'
import { time } from '../timing'

const [adapter, rowsArg, runsArg] = process.argv.slice(2) as ['sqlite' | 'postgres', string, string]
const ROWS = Number(rowsArg)
const RUNS = Number(runsArg)
const CHUNK = 1000
const TYPES = ['call', 'visit', 'meeting', 'email', 'task', 'event', 'note']
const STATUSES = ['planned', 'done', 'cancelled']

/** Activities inserted in bulk below Payload (hooks off): the fixture, not the thing measured. */
async function seed(payload: Payload, tenant: Id, owners: Id[], departments: Id[]) {
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const table = db.tables.activities
  const start = Date.UTC(2025, 0, 1)
  for (let from = 0; from < ROWS; from += CHUNK) {
    const values = []
    for (let i = from; i < Math.min(ROWS, from + CHUNK); i++) {
      const at = new Date(start + ((i * 7919) % (730 * 24 * 60)) * 60_000).toISOString()
      values.push({
        tenant,
        owner: owners[i % owners.length],
        department: departments[i % departments.length],
        subject: `活动 ${i}`,
        type: TYPES[i % TYPES.length],
        status: STATUSES[(i >> 3) % STATUSES.length],
        startAt: at,
        createdAt: at,
        updatedAt: at,
      })
    }
    await db.drizzle.insert(table).values(values)
    if ((from / CHUNK) % 25 === 0) process.stdout.write(`\r  seeding ${Math.min(ROWS, from + CHUNK)}/${ROWS}`)
  }
  process.stdout.write(`\r  seeded ${ROWS} activities${' '.repeat(20)}\n`)
}

const { payload, close } = await openBenchDatabase(adapter)
try {
  const tenant = await payload.create({
    collection: 'tenants',
    data: { name: 'Bench', slug: 'bench', kind: 'company', language: 'en' },
    overrideAccess: true,
  })
  const roles = await ensureBuiltInRoles(payload, tenant.id, 'en')
  const departments = []
  for (const code of ['A', 'B', 'C', 'D'])
    departments.push(
      (await payload.create({ collection: 'departments', data: { tenant: tenant.id, code, name: code }, overrideAccess: true }))
        .id,
    )
  const owners = []
  for (let i = 0; i < 20; i++)
    owners.push(
      (
        await payload.create({
          collection: 'users',
          data: {
            email: `u${i}@bench.test`,
            password: 'bench-bench-bench',
            name: `u${i}`,
            language: 'en',
            memberships: [
              { tenant: tenant.id, roles: [roles[i === 0 ? 'tenant-admin' : 'sales']], department: departments[i % 4] },
            ],
          },
          overrideAccess: true,
        })
      ).id,
    )
  await seed(payload, tenant.id, owners, departments)
  const user = await payload.findByID({ collection: 'users', id: owners[0], depth: 0, overrideAccess: true })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const byType: ReportDefinition = {
    entity: 'activities',
    type: 'summary',
    groups: [{ field: 'type' }],
    aggregates: [{ fn: 'count' }],
  }
  const byTypeAndMonth: ReportDefinition = {
    entity: 'activities',
    type: 'matrix',
    groups: [{ field: 'type' }, { field: 'startAt', dateUnit: 'month' }],
    aggregates: [{ fn: 'count' }],
  }
  const doneThisYear: ReportDefinition = {
    entity: 'activities',
    type: 'summary',
    groups: [{ field: 'owner' }, { field: 'status' }],
    filters: [{ field: 'startAt', op: 'period', period: 'lastYear' }],
  }
  const table = tableOf(req, 'activities')
  const baseline = await time(RUNS, () =>
    runSql(req, sql`SELECT "type", COUNT(*) FROM ${table} WHERE "tenant_id" = ${tenant.id} AND "deleted_at" IS NULL GROUP BY 1`),
  )
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  console.log(`${adapter}: raw SQL GROUP BY type (baseline): ${seconds(baseline.p50)}`)
  for (const [name, definition] of [
    ['summary by type', byType],
    ['matrix type × month (24 months, tenant time zone)', byTypeAndMonth],
    ['summary owner × status, last year', doneThisYear],
  ] as const) {
    const t = await time(RUNS, () => runReport(req, definition, { now: new Date('2026-06-15T00:00:00Z') }))
    console.log(`${adapter}: ${name}: ${seconds(t.p50)} (${(t.p50 / baseline.p50).toFixed(2)}× baseline)`)
  }
} finally {
  await close()
}
