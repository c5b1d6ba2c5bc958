/**
 * One adapter's run of the custom-field benchmark (its own process: a Payload config binds one database).
 * Prints create throughput with and without the custom-field layer, and query p50s on custom fields
 * against the same queries on native indexed columns holding the same values.
 */
import { createLocalReq, type Payload, type Where } from 'payload'
import { backfillSlots } from '../../src/customFields/slots/backfillSlots'
import { Api } from '../../test/helpers/api'
import { createTenant, PASSWORD } from '../../test/helpers/tenants'
import { openBenchDatabase } from '../benchDatabase'
import { time } from '../timing'
import { ACCOUNT_FIELDS, rowValues } from './schema'
import { seedAccounts } from './seed'

const [kind, rowsArg, runsArg, createsArg] = process.argv.slice(2) as ['sqlite' | 'postgres', string, string, string]
const rows = Number(rowsArg)
const runs = Number(runsArg)
const creates = Number(createsArg)
const { payload, config, close } = await openBenchDatabase(kind)

async function publishFields(token: string) {
  const api = new Api(config)
  const draft = await api.rest('POST', '/entity-schemas', { token }, { entity: 'accounts', schema: ACCOUNT_FIELDS })
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`)
  const published = await api.rest('POST', `/entity-schemas/${draft.body.doc.id}/publish`, { token })
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`)
}

/** Creates through the Local API as the tenant's admin (access, audit, numbering, duplicates all on). */
async function createThroughput(user: unknown, tenant: unknown, layer: 'on' | 'off', from: number, count: number) {
  const started = process.hrtime.bigint()
  for (let i = from; i < from + count; i++) {
    const { native, custom } = rowValues(i)
    await payload.create({
      collection: 'accounts',
      data: { tenant, name: `新建客户${i}`, ...native, code: `NEW-${layer}-${i}`, custom },
      user,
      overrideAccess: false,
      context: layer === 'off' ? { customFieldLayer: 'off' } : {},
    } as Parameters<Payload['create']>[0])
  }
  return Number(process.hrtime.bigint() - started) / 1e9
}

/** The value a sorted query orders by, read the same way from native and custom columns. */
function sortKey(doc: Record<string, any> | undefined, sort: string) {
  const path = sort.replace(/^-/, '')
  const value = path.startsWith('custom.') ? doc?.custom?.[path.slice(7)] : doc?.[path]
  return typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value) ? value.slice(0, 10) : value
}

function line(name: string, custom: { p50: number }, native: { p50: number }) {
  const ratio = custom.p50 / native.p50
  console.log(
    `${kind.padEnd(9)} | ${name.padEnd(30)} | ${custom.p50.toFixed(2).padStart(9)} | ${native.p50.toFixed(2).padStart(9)} | ${ratio.toFixed(2).padStart(5)}× ${ratio <= 1.5 ? '' : '(over 1.5)'}`,
  )
}

try {
  const tenant = await createTenant(payload, 'bench-cf')
  const other = await createTenant(payload, 'bench-cf-other')
  const api = new Api(config)
  const token = await api.login(tenant.people.admin.email, PASSWORD)
  await publishFields(token)
  await seedAccounts(payload, rows, [tenant.id, tenant.id, tenant.id, other.id])
  // The seed wrote `custom` only: fill the slot columns as a publish's backfill does (also a figure).
  const req = await createLocalReq({}, payload)
  const startedFill = process.hrtime.bigint()
  let filled = 0
  for (const t of [tenant.id, other.id]) filled += await backfillSlots(payload, req, t, 'accounts', { batchSize: 1000 })
  const fillSeconds = Number(process.hrtime.bigint() - startedFill) / 1e9
  console.log(
    `${kind.padEnd(9)} | slot backfill: ${filled} records in ${fillSeconds.toFixed(1)} s (${(filled / fillSeconds).toFixed(0)} records/s)`,
  )
  const user = { ...(await payload.findByID({ collection: 'users', id: tenant.people.admin.id, depth: 0 })), collection: 'users' }

  const find = (where: Where, sort?: string) => () =>
    payload.find({ collection: 'accounts', where, sort, limit: 50, depth: 0, user, overrideAccess: false })
  const probe = rowValues(Math.floor(rows / 2))
  const queries: [string, Where, string | undefined, Where, string | undefined][] = [
    [
      'equality (text)',
      { 'custom.externalCode': { equals: probe.custom.externalCode } },
      undefined,
      { code: { equals: probe.native.code } },
      undefined,
    ],
    [
      'range (integer)',
      { 'custom.headcount': { greater_than_equal: 4000, less_than: 4100 } },
      undefined,
      { employees: { greater_than_equal: 4000, less_than: 4100 } },
      undefined,
    ],
    ['sort (date), first page', {}, '-custom.openedOn', {}, '-foundedOn'],
    [
      'range + sort (integer)',
      { 'custom.headcount': { greater_than: 15_000 } },
      'custom.headcount',
      { employees: { greater_than: 15_000 } },
      'employees',
    ],
    [
      'range (date) + sort',
      { 'custom.openedOn': { greater_than_equal: '2020-01-01', less_than: '2020-03-01' } },
      '-custom.openedOn',
      { foundedOn: { greater_than_equal: '2020-01-01T00:00:00.000Z', less_than: '2020-03-01T00:00:00.000Z' } },
      '-foundedOn',
    ],
  ]
  console.log(`${kind.padEnd(9)} | query (page of 50, as the admin)  | custom ms |  native ms | ratio`)
  for (const [name, customWhere, customSort, nativeWhere, nativeSort] of queries) {
    // Same answer first: the same rows, or (sorted, where ties may order either way) the same sort keys.
    const nativeDocs = (await find(nativeWhere, nativeSort)()).docs as Record<string, any>[]
    const customDocs = (await find(customWhere, customSort)()).docs as Record<string, any>[]
    const same = nativeSort
      ? nativeDocs.every((d, i) => sortKey(d, nativeSort) === sortKey(customDocs[i], customSort as string))
      : JSON.stringify(nativeDocs.map((d) => d.id).sort()) === JSON.stringify(customDocs.map((d) => d.id).sort())
    if (!same || nativeDocs.length !== customDocs.length) throw new Error(`${name}: custom and native answers differ`)
    const native = await time(runs, find(nativeWhere, nativeSort))
    const custom = await time(runs, find(customWhere, customSort))
    line(name, custom, native)
  }

  // After the queries: creates without the layer leave their slots empty (the point of the baseline).
  // Interleaved blocks, so warm-up, cache and file growth fall on both sides alike.
  const seconds = { on: 0, off: 0 }
  const block = Math.max(1, Math.floor(creates / 5))
  for (let done = 0; done < creates; done += block) {
    seconds.off += await createThroughput(user, tenant.id, 'off', rows + done * 2, block)
    seconds.on += await createThroughput(user, tenant.id, 'on', rows + done * 2 + block, block)
  }
  const perSecond = (s: number) => creates / s
  const ratio = seconds.on / seconds.off
  console.log(
    `${kind.padEnd(9)} | creates/s with custom fields ${perSecond(seconds.on).toFixed(0).padStart(6)} | without ${perSecond(seconds.off).toFixed(0).padStart(6)} | time ratio ${ratio.toFixed(2)}× ${ratio <= 1.15 ? '' : '(over 1.15)'}`,
  )
} finally {
  await close()
}
process.exit(0)
