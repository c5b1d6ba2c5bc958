import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { Decimal } from '../../src/money/decimal'
import { type HomeCharts, homeCharts } from '../../src/workspace/charts/homeCharts'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, type TestTenant } from '../helpers/tenants'

/**
 * The workspace home's charts come from aggregate queries whose figures must equal the data's: the
 * test stores opportunities, orders and service requests for a team and an outsider, adds up what each
 * viewer should see itself, and compares — the tenant admin sees all, the manager their department
 * tree, a rep their own.
 */
let payload: Payload
let t: TestTenant
let other: TestTenant
let account: Id
const NOW = new Date('2026-11-20T08:00:00Z')

type Owner = 'repRoot' | 'repChild' | 'repOther'
const departmentOf = (who: Owner) =>
  who === 'repRoot' ? t.departments.root : who === 'repChild' ? t.departments.child : t.departments.other
const OPPORTUNITIES: [Owner, string, string][] = [
  ['repRoot', 'qualification', '1000.10'],
  ['repRoot', 'proposal', '2500.25'],
  ['repRoot', 'won', '9999.99'],
  ['repChild', 'qualification', '0.05'],
  ['repChild', 'negotiation', '12345678.90'],
  ['repChild', 'lost', '50.00'],
  ['repOther', 'proposal', '700.00'],
]
// Owner, status, unit price × 3, created at (Shanghai 00:30 on 1 November is November, though October in UTC).
const ORDERS: [Owner, string, string, string][] = [
  ['repRoot', 'confirmed', '33.33', '2026-10-31T16:30:00Z'],
  ['repRoot', 'completed', '100.00', '2026-09-15T03:00:00Z'],
  ['repRoot', 'draft', '999.00', '2026-11-02T03:00:00Z'],
  ['repChild', 'shipped', '0.01', '2026-10-31T15:30:00Z'],
  ['repChild', 'cancelled', '500.00', '2026-11-03T03:00:00Z'],
  ['repChild', 'confirmed', '70.00', '2025-10-01T03:00:00Z'],
  ['repOther', 'confirmed', '80.00', '2026-11-05T03:00:00Z'],
]
const SERVICE: [Owner, string, number[]][] = [
  ['repRoot', 'open', []],
  ['repRoot', 'closed', [5, 4]],
  ['repChild', 'resolved', [5]],
  ['repOther', 'closed', [1]],
]

const sum = (values: string[]) => values.reduce((s, v) => s.plus(v), new Decimal(0)).toFixed(2)
const orderTotal = (price: string) => new Decimal(price).times(3).toFixed(2)

async function chartsFor(who: keyof TestTenant['people']): Promise<HomeCharts> {
  const user = await payload.findByID({ collection: 'users', id: t.people[who].id, depth: 0, overrideAccess: true })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  return homeCharts(req, NOW)
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  t = await createTenant(payload, 'charts')
  other = await createTenant(payload, 'charts-other')
  account = (await payload.create({ collection: 'accounts', data: { tenant: t.id, name: 'Chart customer' } as never })).id
  const owned = (who: Owner) => ({ tenant: t.id, owner: t.people[who].id, department: departmentOf(who) })
  const context = { skipWorkflow: true }
  for (const [who, stage, amount] of OPPORTUNITIES)
    await payload.create({
      collection: 'opportunities',
      data: { ...owned(who), account, name: stage, stage, amount } as never,
      context,
    })
  for (const [who, status, price, createdAt] of ORDERS)
    await payload.create({
      collection: 'sales-orders',
      data: { ...owned(who), account, status, createdAt, items: [{ description: 'x', quantity: 3, unitPrice: price }] } as never,
      context,
    })
  for (const [who, status, ratings] of SERVICE)
    await payload.create({
      collection: 'service-requests',
      data: {
        ...owned(who),
        subject: status,
        status,
        returnVisits: ratings.map((satisfaction) => ({ visitedAt: NOW.toISOString(), satisfaction })),
      } as never,
      context,
    })
  // Another company's figures never count.
  const theirs = (await payload.create({ collection: 'accounts', data: { tenant: other.id, name: 'Theirs' } as never })).id
  await payload.create({
    collection: 'opportunities',
    data: {
      tenant: other.id,
      owner: other.people.repRoot.id,
      account: theirs,
      name: 'x',
      stage: 'proposal',
      amount: '5.00',
    } as never,
    context,
  })
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

const viewers: [keyof TestTenant['people'], Owner[]][] = [
  ['admin', ['repRoot', 'repChild', 'repOther']],
  ['manager', ['repRoot', 'repChild']],
  ['repRoot', ['repRoot']],
]

describe.each(viewers)('home charts seen by %s', (who, sees) => {
  let charts: HomeCharts
  beforeAll(async () => {
    charts = await chartsFor(who)
  })

  it('the funnel counts and adds up open opportunities per stage, in stage order', () => {
    const open = OPPORTUNITIES.filter(([o, stage]) => sees.includes(o) && !['won', 'lost'].includes(stage))
    const stages = ['qualification', 'needs-analysis', 'proposal', 'negotiation'].filter((s) => open.some(([, st]) => st === s))
    expect(charts.pipeline?.map((b) => [b.key, b.count, b.sum])).toEqual(
      stages.map((s) => {
        const rows = open.filter(([, st]) => st === s)
        return [s, rows.length, sum(rows.map(([, , a]) => a))]
      }),
    )
  })

  it('sales by month follow the tenant’s calendar and count only sold orders of the last twelve months', () => {
    const sold = ORDERS.filter(
      ([o, status, , at]) =>
        sees.includes(o) && ['confirmed', 'shipped', 'completed'].includes(status) && at >= '2025-11-30T16:00:00Z',
    )
    const months = charts.salesByMonth ?? []
    expect(months.map((m) => m.key)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    const shanghaiMonth = (at: string) => new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 7)
    for (const month of months) {
      const rows = sold.filter(([, , , at]) => shanghaiMonth(at) === month.key)
      expect([month.key, month.count, month.sum]).toEqual([month.key, rows.length, sum(rows.map(([, , p]) => orderTotal(p)))])
    }
  })

  it('sales by employee and by department add up the same orders, largest first', () => {
    const sold = ORDERS.filter(([o, status]) => sees.includes(o) && ['confirmed', 'shipped', 'completed'].includes(status))
    const expected = (key: (o: Owner) => string) => {
      const groups = new Map<string, string[]>()
      for (const [o, , price] of sold) groups.set(key(o), [...(groups.get(key(o)) ?? []), orderTotal(price)])
      return [...groups]
        .map(([k, totals]) => [k, totals.length, sum(totals)])
        .sort((a, b) => new Decimal(b[2] as string).comparedTo(a[2] as string))
    }
    expect(charts.salesByOwner?.map((b) => [b.key, b.count, b.sum])).toEqual(expected((o) => String(t.people[o].id)))
    expect(charts.salesByDepartment?.map((b) => [b.key, b.count, b.sum])).toEqual(expected((o) => String(departmentOf(o))))
    expect(charts.salesByOwner?.[0].label.en).toMatch(/^rep-/)
  })

  it('service requests per status and return visits per rating', () => {
    const mine = SERVICE.filter(([o]) => sees.includes(o))
    expect(charts.serviceByStatus?.map((b) => [b.key, b.count])).toEqual(
      ['open', 'waiting', 'resolved', 'closed'].map((s) => [s, mine.filter(([, st]) => st === s).length]),
    )
    expect(charts.satisfaction?.map((b) => [b.key, b.count])).toEqual(
      [5, 4, 3, 2, 1].map((r) => [String(r), mine.flatMap(([, , ratings]) => ratings).filter((x) => x === r).length]),
    )
  })
})
