/**
 * What tenant scoping and Payload's REST layer cost on a list page: for N accounts in two tenants,
 * a sales rep lists a page of 50 with a filter and a sort (owner scope + tenant + name filter + sort),
 * through the REST API (in process), through the Local API with access off, and as the same SQL on
 * the raw driver. Prints p50/p95 and the ratios against the raw query measured in the same run.
 */
import type { Payload } from 'payload'
import type pg from 'pg'
import { Api } from '../test/helpers/api'
import { createTenant, PASSWORD } from '../test/helpers/tenants'
import { openBenchDatabase } from './benchDatabase'
import { time } from './timing'

const CITIES = ['上海', '北京', '杭州', '南京', '苏州', '天津', '青岛', '宁波']

/** Rows inserted in bulk below Payload (hooks off): the fixture, not the thing measured. */
async function seed(payload: Payload, rows: number, tenants: { id: number | string; owners: (number | string)[] }[]) {
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const table = db.tables.accounts
  const chunk = 500
  for (let start = 0; start < rows; start += chunk) {
    const values = []
    for (let i = start; i < Math.min(rows, start + chunk); i++) {
      const tenant = tenants[i % tenants.length]
      const now = new Date(Date.now() - i * 1000).toISOString()
      values.push({
        tenant: tenant.id,
        owner: tenant.owners[i % tenant.owners.length],
        name: `${CITIES[i % CITIES.length]}客户${i}`,
        code: `B${i}`,
        createdAt: now,
        updatedAt: now,
      })
    }
    await db.drizzle.insert(table).values(values)
    if ((start / chunk) % 20 === 0) process.stdout.write(`\r  seeding ${Math.min(rows, start + chunk)}/${rows}`)
  }
  process.stdout.write(`\r  seeded ${rows} accounts${' '.repeat(20)}\n`)
}

export async function benchScopedList(kind: 'sqlite' | 'postgres', rows: number, runs: number) {
  const { payload, config, close } = await openBenchDatabase(kind)
  const id = Date.now().toString(36)
  try {
    const a = await createTenant(payload, `bench-a-${id}`)
    const b = await createTenant(payload, `bench-b-${id}`)
    await seed(payload, rows, [
      { id: a.id, owners: [a.people.repRoot.id, a.people.repChild.id, a.people.repOther.id] },
      { id: b.id, owners: [b.people.repRoot.id] },
    ])
    const api = new Api(config)
    const token = await api.login(a.people.repRoot.email, PASSWORD)
    const filter = encodeURIComponent('上海')
    const restPath = `/accounts?where[name][like]=${filter}&sort=-createdAt&limit=50&depth=0`
    const rest = await time(runs, async () => {
      const res = await api.rest('GET', restPath, { token })
      if (res.status !== 200 || res.body.docs.length !== 50) throw new Error(`REST answered ${res.status}`)
    })
    const local = await time(runs, () =>
      payload.find({
        collection: 'accounts',
        where: { and: [{ tenant: { equals: a.id } }, { owner: { equals: a.people.repRoot.id } }, { name: { like: '上海' } }] },
        sort: '-createdAt',
        limit: 50,
        depth: 0,
        overrideAccess: true,
      }),
    )
    const sql = `SELECT * FROM accounts WHERE tenant_id = $1 AND owner_id = $2 AND deleted_at IS NULL AND name LIKE $3 ORDER BY created_at DESC LIMIT 50`
    const raw =
      kind === 'sqlite'
        ? await time(runs, () =>
            (
              payload.db as unknown as { client: { execute: (q: { sql: string; args: unknown[] }) => Promise<unknown> } }
            ).client.execute({
              sql: sql.replace(/\$\d/g, '?'),
              args: [a.id, a.people.repRoot.id, '%上海%'],
            }),
          )
        : await time(runs, () =>
            (payload.db as unknown as { pool: pg.Pool }).pool.query(sql, [a.id, a.people.repRoot.id, '%上海%']),
          )
    return { kind, rows, runs, rest, local, raw }
  } finally {
    await close()
  }
}
