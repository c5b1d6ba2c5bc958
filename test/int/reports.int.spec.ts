import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { publish } from '../../src/customFields/publish'
import { sendScheduledReports } from '../../src/jobs/tasks/sendScheduledReports'
import { Decimal } from '../../src/money/decimal'
import type { ReportDefinition } from '../../src/reports/definition/reportDefinition'
import { ReportError } from '../../src/reports/reportError'
import type { AggregateResult, SummaryRow } from '../../src/reports/run/runAggregate'
import { runReport } from '../../src/reports/run/runReport'
import type { TabularResult } from '../../src/reports/run/runTabular'
import { type SalesTargetDoc, targetCompletion } from '../../src/reports/targets/targetCompletion'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Every report aggregate must equal the same figure computed in plain code over the same records read
 * back through the Local API: the test seeds opportunities with varied owners, departments, stages,
 * amounts with cents, empty values, custom fields and close dates on month and quarter boundaries of
 * Shanghai's calendar, plus another tenant's records that must never count, then compares count, sum,
 * average, minimum and maximum at one and two group levels, as a matrix, and under relative date
 * filters, for a tenant admin, a manager (their department tree) and a rep (their own).
 */
let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
const NOW = new Date('2026-11-20T08:00:00Z')
// 1 January 2027, 00:30 in Shanghai: still 31 December in UTC.
const NEW_YEAR = new Date('2026-12-31T16:30:00Z')

type Owner = 'repRoot' | 'repChild' | 'repOther'
type Row = {
  id: Id
  owner: Id
  department: Id | null
  stage: string
  amount: string | null
  probability: number | null
  expectedCloseDate: string | null
  custom: { region?: string; score?: string; secret?: string }
}

const STAGES = ['qualification', 'needs-analysis', 'proposal', 'negotiation', 'won', 'lost']
const REGIONS = ['north', 'south', 'west', undefined]
// Close dates around Shanghai's month and quarter boundaries (UTC+8): 16:00Z is local midnight.
const DATES = [
  '2026-09-30T15:59:59Z', // 30 Sep 23:59 local: Q3
  '2026-09-30T16:00:00Z', // 1 Oct 00:00 local: Q4
  '2026-10-15T03:00:00Z',
  '2026-10-31T16:30:00Z', // 1 Nov local
  '2026-11-20T01:00:00Z',
  '2026-11-30T15:00:00Z', // 30 Nov 23:00 local
  '2026-12-31T16:00:00Z', // 1 Jan 2027 local
  '2026-07-01T00:00:00Z',
  '2026-08-31T17:00:00Z', // 1 Sep local
  null,
]

/** A fixed pseudo-random sequence, so every run seeds the same records. */
function sequence(seed: number) {
  let state = seed
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor((state / 2147483648) * n)
  }
}

let rows: Row[] = []

async function reqFor(who: keyof TestTenant['people'], tenant = t): Promise<PayloadRequest> {
  const user = await payload.findByID({ collection: 'users', id: tenant.people[who].id, depth: 0, overrideAccess: true })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'reports')
  other = await createTenant(payload, 'reports-other')
  const admin = await reqFor('admin')
  const draft = await payload.create({
    collection: 'entity-schemas',
    data: {
      tenant: t.id,
      entity: 'opportunities',
      schema: {
        $schema: DRAFT_2020_12,
        type: 'object',
        additionalProperties: false,
        properties: {
          region: defineField('select', {
            label: { en: 'Region', zh: '区域' },
            options: [
              { value: 'north', label: { en: 'North', zh: '北区' } },
              { value: 'south', label: { en: 'South', zh: '南区' } },
              { value: 'west', label: { en: 'West', zh: '西区' } },
            ],
          }),
          score: defineField('decimal', { scale: 2 }),
          secret: { ...defineField('decimal', { scale: 2 }), 'x-permissions': { sales: 'hidden' } },
        },
      },
    } as never,
    overrideAccess: false,
    user: admin.user,
    req: admin,
  })
  await publish(admin, draft.id)
  const account = (await payload.create({ collection: 'accounts', data: { tenant: t.id, name: 'Report customer' } as never })).id
  const departmentOf = (who: Owner) =>
    who === 'repRoot' ? t.departments.root : who === 'repChild' ? t.departments.child : t.departments.other
  const next = sequence(7)
  const owners: Owner[] = ['repRoot', 'repChild', 'repOther']
  for (let i = 0; i < 90; i++) {
    const who = owners[next(3)]
    const cents = next(5) === 0 ? null : `${next(200000)}.${String(next(100)).padStart(2, '0')}`
    const region = REGIONS[next(4)]
    await payload.create({
      collection: 'opportunities',
      data: {
        tenant: t.id,
        owner: t.people[who].id,
        department: departmentOf(who),
        account,
        name: `Deal ${i}`,
        stage: STAGES[next(6)],
        amount: cents,
        probability: next(4) === 0 ? null : next(101),
        expectedCloseDate: DATES[next(DATES.length)],
        custom: {
          ...(region ? { region } : {}),
          ...(next(3) > 0 ? { score: `${next(100)}.${String(next(100)).padStart(2, '0')}` } : {}),
          secret: String(next(50)),
        },
      } as never,
      context: { skipWorkflow: true },
    })
  }
  // Another company's records: large, in every group; they must never count.
  const theirs = (await payload.create({ collection: 'accounts', data: { tenant: other.id, name: 'Theirs' } as never })).id
  for (const stage of STAGES)
    await payload.create({
      collection: 'opportunities',
      data: {
        tenant: other.id,
        owner: other.people.repRoot.id,
        department: other.departments.root,
        account: theirs,
        name: 'x',
        stage,
        amount: '999999.99',
        expectedCloseDate: DATES[2],
      } as never,
      context: { skipWorkflow: true },
    })
  const found = await payload.find({
    collection: 'opportunities',
    where: { tenant: { equals: t.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  rows = (found.docs as unknown as Row[]).map((d) => ({ ...d, custom: d.custom ?? {} }))
  expect(rows).toHaveLength(90)
}, 600_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

// ——— plain code over the same records ———

/** Which records a viewer's scope reaches: everyone's for the admin, the department tree for the manager, own for a rep. */
const reaches = (who: 'admin' | 'manager' | 'repRoot') => (r: Row) =>
  who === 'admin'
    ? true
    : who === 'manager'
      ? String(r.owner) === String(t.people.manager.id) ||
        [t.departments.root, t.departments.child].map(String).includes(String(r.department))
      : String(r.owner) === String(t.people.repRoot.id)

/** The local (Shanghai, UTC+8 all year) month, quarter or year of an instant, computed independently of the engine. */
function localPeriod(iso: string | null, unit: 'month' | 'quarter' | 'year'): string | null {
  if (!iso) return null
  const local = new Date(new Date(iso).getTime() + 8 * 3600_000)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth() + 1
  return unit === 'year' ? String(y) : unit === 'quarter' ? `${y}-Q${Math.ceil(m / 3)}` : `${y}-${String(m).padStart(2, '0')}`
}

type Measure =
  | { kind: 'count' }
  | { kind: 'money' | 'number'; fn: 'sum' | 'avg' | 'min' | 'max'; value: (r: Row) => string | number | null }

function expected(group: Row[], m: Measure): string | null {
  if (m.kind === 'count') return String(group.length)
  const values = group
    .map(m.value)
    .filter((v) => v != null && v !== '')
    .map((v) => new Decimal(String(v)))
  const show = (d: Decimal | null) =>
    d == null ? null : m.kind === 'money' ? d.toDecimalPlaces(2).toFixed(2) : d.toDecimalPlaces(6).toString()
  const sum = values.reduce((s, v) => s.plus(v), new Decimal(0))
  if (values.length === 0) return m.fn === 'sum' ? show(sum) : null
  if (m.fn === 'sum') return show(sum)
  if (m.fn === 'avg') return show(sum.dividedBy(values.length))
  const sorted = [...values].sort((a, b) => a.comparedTo(b))
  return show(m.fn === 'min' ? sorted[0] : sorted[sorted.length - 1])
}

function groupBy(list: Row[], keys: ((r: Row) => string | null)[]) {
  const groups = new Map<string, Row[]>()
  for (const r of list) {
    const key = JSON.stringify(keys.map((k) => k(r)))
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return groups
}

const amount = (r: Row) => r.amount
const probability = (r: Row) => r.probability
const score = (r: Row) => r.custom.score ?? null
const MEASURES: [ReportDefinition['aggregates'], Measure[]] = [
  [
    { fn: 'count' },
    { fn: 'sum', field: 'amount' },
    { fn: 'avg', field: 'amount' },
    { fn: 'min', field: 'amount' },
    { fn: 'max', field: 'amount' },
    { fn: 'sum', field: 'probability' },
    { fn: 'avg', field: 'probability' },
    { fn: 'avg', field: 'custom.score' },
    { fn: 'max', field: 'custom.score' },
  ] as never,
  [
    { kind: 'count' },
    { kind: 'money', fn: 'sum', value: amount },
    { kind: 'money', fn: 'avg', value: amount },
    { kind: 'money', fn: 'min', value: amount },
    { kind: 'money', fn: 'max', value: amount },
    { kind: 'number', fn: 'sum', value: probability },
    { kind: 'number', fn: 'avg', value: probability },
    { kind: 'number', fn: 'avg', value: score },
    { kind: 'number', fn: 'max', value: score },
  ],
]

/** The report's rows as `{ [JSON keys]: values }`, for comparison with plain code in any order. */
const byKeys = (list: SummaryRow[]) => Object.fromEntries(list.map((r) => [JSON.stringify(r.keys.map((k) => k.key)), r.values]))
const plain = (list: Row[], keys: ((r: Row) => string | null)[]) =>
  Object.fromEntries([...groupBy(list, keys)].map(([k, g]) => [k, MEASURES[1].map((m) => expected(g, m))]))

async function aggregate(who: keyof TestTenant['people'], definition: ReportDefinition, now = NOW) {
  return (await runReport(await reqFor(who), definition, { now, pageSize: 500 })) as AggregateResult & { chart: unknown }
}

describe.each(['admin', 'manager', 'repRoot'] as const)('reports seen by %s', (who) => {
  const mine = () => rows.filter(reaches(who))

  it('one group level (stage): every aggregate equals plain code, and the grand total too', async () => {
    const result = await aggregate(who, {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'stage' }],
      aggregates: MEASURES[0],
    })
    expect(byKeys(result.rows)).toEqual(plain(mine(), [(r) => r.stage]))
    expect(result.total.values).toEqual(MEASURES[1].map((m) => expected(mine(), m)))
    expect(result.totalRows).toBe(new Set(mine().map((r) => r.stage)).size)
    // Stages are named as the pipeline names them, not by their keys.
    const proposal = result.rows.find((r) => r.keys[0].key === 'proposal')
    if (proposal) expect(proposal.keys[0].label).toEqual({ en: 'Proposal', zh: '方案报价' })
    expect(result.rows.every((r) => r.keys[0].label.en !== r.keys[0].key)).toBe(true)
  })

  it('two group levels (custom select × owner): cells, subtotals per region, labels of options', async () => {
    const result = await aggregate(who, {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'custom.region' }, { field: 'owner' }],
      aggregates: MEASURES[0],
    })
    const region = (r: Row) => r.custom.region ?? null
    expect(byKeys(result.rows)).toEqual(plain(mine(), [region, (r) => String(r.owner)]))
    expect(byKeys(result.subtotals)).toEqual(plain(mine(), [region]))
    const north = result.rows.find((r) => r.keys[0].key === 'north')
    if (north) expect(north.keys[0].label).toEqual({ en: 'North', zh: '北区' })
    const empty = result.rows.find((r) => r.keys[0].key === null)
    if (empty) expect(empty.keys[0].label).toEqual({ en: '(empty)', zh: '（空）' })
    // Empty regions sort last; the owner's key shows their name.
    expect(new Set(mine().map((r) => r.custom.region ?? null)).size).toBeGreaterThan(2)
    expect(result.subtotals.at(-1)?.keys[0].key ?? null).toBe(mine().some((r) => !r.custom.region) ? null : 'west')
    expect(result.rows[0].keys[1].label.en).toMatch(/^rep-|^manager/)
  })

  it('matrix (department × close quarter in Shanghai time): cells, row and column totals', async () => {
    const result = await aggregate(who, {
      entity: 'opportunities',
      type: 'matrix',
      groups: [{ field: 'department' }, { field: 'expectedCloseDate', dateUnit: 'quarter' }],
      aggregates: MEASURES[0],
    })
    const quarter = (r: Row) => localPeriod(r.expectedCloseDate, 'quarter')
    const department = (r: Row) => (r.department == null ? null : String(r.department))
    expect(result.type).toBe('matrix')
    expect(byKeys(result.rows)).toEqual(plain(mine(), [department, quarter]))
    expect(byKeys(result.subtotals)).toEqual(plain(mine(), [department]))
    expect(byKeys(result.columnTotals)).toEqual(plain(mine(), [quarter]))
    // Periods in time order, the empty date last.
    const keys = result.columnTotals.map((c) => c.keys[0].key)
    expect(keys).toEqual([...keys.filter((k) => k != null).sort(), ...(keys.includes(null) ? [null] : [])])
  })

  it.each(['month', 'year'] as const)('by close %s: local calendar periods', async (unit) => {
    const result = await aggregate(who, {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'expectedCloseDate', dateUnit: unit }],
      aggregates: MEASURES[0],
    })
    expect(byKeys(result.rows)).toEqual(plain(mine(), [(r) => localPeriod(r.expectedCloseDate, unit)]))
  })

  it.each([
    ['thisMonth', NOW, ['2026-11']],
    ['lastMonth', NOW, ['2026-10']],
    ['thisQuarter', NOW, ['2026-10', '2026-11', '2026-12']],
    ['lastQuarter', NOW, ['2026-07', '2026-08', '2026-09']],
    ['thisYear', NOW, Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)],
    // At 00:30 on 1 January in Shanghai the quarter and year have turned although UTC has not.
    ['thisQuarter', NEW_YEAR, ['2027-01', '2027-02', '2027-03']],
    ['lastQuarter', NEW_YEAR, ['2026-10', '2026-11', '2026-12']],
    ['lastMonth', NEW_YEAR, ['2026-12']],
  ] as const)('relative filter %s at %s', async (period, now, months) => {
    const result = await aggregate(
      who,
      {
        entity: 'opportunities',
        type: 'summary',
        groups: [{ field: 'stage' }],
        aggregates: MEASURES[0],
        filters: [{ field: 'expectedCloseDate', op: 'period', period }],
      },
      now,
    )
    const inside = mine().filter((r) => (months as readonly string[]).includes(localPeriod(r.expectedCloseDate, 'month') ?? ''))
    expect(byKeys(result.rows)).toEqual(plain(inside, [(r) => r.stage]))
  })

  it('filters on money, custom select and numbers mean what the detail rows mean', async () => {
    const filters: ReportDefinition['filters'] = [
      { field: 'amount', op: 'gte', value: '50000.00' },
      { field: 'custom.region', op: 'in', values: ['north', 'south'] },
      { field: 'stage', op: 'notEquals', value: 'lost' },
    ]
    const result = await aggregate(who, {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'stage' }],
      aggregates: MEASURES[0],
      filters,
    })
    const kept = mine().filter(
      (r) =>
        r.amount != null &&
        new Decimal(r.amount).greaterThanOrEqualTo('50000') &&
        ['north', 'south'].includes(r.custom.region ?? '') &&
        r.stage !== 'lost',
    )
    expect(byKeys(result.rows)).toEqual(plain(kept, [(r) => r.stage]))
    const details = (await runReport(
      await reqFor(who),
      { entity: 'opportunities', type: 'tabular', columns: ['name'], filters },
      { pageSize: 500 },
    )) as TabularResult
    expect(details.totalRows).toBe(kept.length)
  })

  it('tabular: sorted by amount, paged, only readable records', async () => {
    const definition: ReportDefinition = {
      entity: 'opportunities',
      type: 'tabular',
      columns: ['name', 'amount', 'stage', 'custom.region', 'account'],
      filters: [{ field: 'amount', op: 'isSet' }],
      sort: [{ field: 'amount', direction: 'desc' }],
    }
    const req = await reqFor(who)
    const first = (await runReport(req, definition, { page: 1, pageSize: 7 })) as TabularResult
    const second = (await runReport(req, definition, { page: 2, pageSize: 7 })) as TabularResult
    const withAmount = mine()
      .filter((r) => r.amount != null)
      .sort((a, b) => new Decimal(b.amount as string).comparedTo(new Decimal(a.amount as string)))
    expect(first.totalRows).toBe(withAmount.length)
    const amounts = [...first.rows, ...second.rows].map((r) => r.cells[1])
    expect(amounts).toEqual(withAmount.slice(0, 14).map((r) => r.amount))
    expect(first.rows[0].cells[4]).toBe('Report customer')
  })

  it('a summary pages its groups', async () => {
    const definition: ReportDefinition = {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'custom.region' }, { field: 'stage' }],
    }
    const req = await reqFor(who)
    const all = (await runReport(req, definition, { pageSize: 500 })) as AggregateResult
    const page2 = (await runReport(req, definition, { page: 2, pageSize: 5 })) as AggregateResult
    expect(page2.rows).toEqual(all.rows.slice(5, 10))
    expect(page2.totalRows).toBe(all.totalRows)
  })
})

describe('what a report may not do', () => {
  const refusal = async (who: keyof TestTenant['people'], definition: unknown) => {
    const error = await runReport(await reqFor(who), definition, { now: NOW }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReportError)
    return error as ReportError
  }

  it('a field hidden from the user cannot be grouped, added up or filtered on; the admin may', async () => {
    const base = { entity: 'opportunities', type: 'summary' } as const
    expect((await refusal('repRoot', { ...base, groups: [{ field: 'custom.secret' }] })).path).toBe('groups.0.field')
    const sum = await refusal('repRoot', {
      ...base,
      groups: [{ field: 'stage' }],
      aggregates: [{ fn: 'sum', field: 'custom.secret' }],
    })
    expect([sum.code, sum.path]).toEqual(['hiddenField', 'aggregates.0.field'])
    expect(sum.messageIn('zh')).toContain('custom.secret')
    const filter = await refusal('repRoot', {
      ...base,
      groups: [{ field: 'stage' }],
      filters: [{ field: 'custom.secret', op: 'gt', value: 10 }],
    })
    expect(filter.path).toBe('filters.0.field')
    const admin = await aggregate('admin', {
      ...base,
      groups: [{ field: 'stage' }],
      aggregates: [{ fn: 'sum', field: 'custom.secret' }],
    })
    expect(admin.total.values).toEqual([expected(rows, { kind: 'number', fn: 'sum', value: (r) => r.custom.secret ?? null })])
  })

  it('bad definitions are refused naming the path, in the user language', async () => {
    const shape = await refusal('admin', { entity: 'opportunities', type: 'pivot' })
    expect([shape.code, shape.path]).toEqual(['shape', 'type'])
    const unknown = await refusal('admin', { entity: 'opportunities', type: 'summary', groups: [{ field: 'nope' }] })
    expect(unknown.messageIn('en')).toBe('There is no field "nope" to report on.')
    expect(unknown.messageIn('zh')).toBe('没有可用于报表的字段“nope”。')
    const text = await refusal('admin', {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'stage' }],
      aggregates: [{ fn: 'sum', field: 'name' }],
    })
    expect(text.code).toBe('notAggregable')
    expect((await refusal('admin', { entity: 'opportunities', type: 'matrix', groups: [{ field: 'stage' }] })).code).toBe(
      'groupsNeeded',
    )
    const noUnit = await refusal('admin', { entity: 'opportunities', type: 'summary', groups: [{ field: 'expectedCloseDate' }] })
    expect(noUnit.path).toBe('groups.0.dateUnit')
  })

  it('a user of another tenant sees only their own tenant', async () => {
    const theirs = (await runReport(await reqFor('admin', other), {
      entity: 'opportunities',
      type: 'summary',
      groups: [{ field: 'stage' }],
      aggregates: [{ fn: 'sum', field: 'amount' }],
    })) as AggregateResult
    expect(theirs.total.count).toBe(STAGES.length)
    expect(theirs.total.values).toEqual([new Decimal('999999.99').times(STAGES.length).toFixed(2)])
  })
})

describe('sales targets', () => {
  const target = (data: Partial<SalesTargetDoc>): SalesTargetDoc => ({
    id: 0,
    tenant: t.id,
    subject: 'user',
    year: 2026,
    period: 'quarter',
    index: 4,
    measure: 'amount',
    basis: 'opportunities',
    target: '100000.00',
    ...data,
  })
  const inQuarter4 = (r: Row) => ['2026-10', '2026-11', '2026-12'].includes(localPeriod(r.expectedCloseDate, 'month') ?? '')
  const won = (list: Row[]) => list.filter((r) => r.stage === 'won' && inQuarter4(r))
  const sumOf = (list: Row[]) => list.reduce((s, r) => s.plus(r.amount ?? 0), new Decimal(0))

  it('a person by amount and a department tree by count, from won opportunities in the local quarter', async () => {
    const admin = await reqFor('admin')
    const person = await targetCompletion(admin, target({ user: t.people.repChild.id }), 'Asia/Shanghai')
    const theirs = won(rows.filter((r) => String(r.owner) === String(t.people.repChild.id)))
    expect(person?.actual).toBe(sumOf(theirs).toFixed(2))
    expect(person?.percent).toBe(sumOf(theirs).dividedBy(100000).times(100).toDecimalPlaces(1).toFixed(1))
    const department = await targetCompletion(
      admin,
      target({ subject: 'department', department: t.departments.root, measure: 'count', target: '3' }),
      'Asia/Shanghai',
    )
    const tree = won(rows.filter((r) => [t.departments.root, t.departments.child].map(String).includes(String(r.department))))
    expect(department?.actual).toBe(String(tree.length))
    expect(department?.period.key).toBe('2026-Q4')
  })

  it('a rep reading the department target counts only what they may read', async () => {
    const rep = await reqFor('repRoot')
    const progress = await targetCompletion(
      rep,
      target({ subject: 'department', department: t.departments.root, measure: 'count', target: '3' }),
      'Asia/Shanghai',
    )
    expect(progress?.actual).toBe(String(won(rows.filter((r) => String(r.owner) === String(t.people.repRoot.id))).length))
  })

  it('completion from issued invoices by issue date, void and draft ones left out', async () => {
    const account = (await payload.create({ collection: 'accounts', data: { tenant: t.id, name: 'Billed' } as never })).id
    const invoice = (status: string, issuedOn: string, price: string) =>
      payload.create({
        collection: 'invoices',
        data: {
          tenant: t.id,
          owner: t.people.repOther.id,
          department: t.departments.other,
          account,
          status,
          issuedOn,
          items: [{ description: 'x', quantity: 2, unitPrice: price }],
        } as never,
        context: { skipWorkflow: true },
      })
    await invoice('issued', '2026-11-02T03:00:00Z', '10.05')
    await invoice('paid', '2026-10-31T16:30:00Z', '0.10') // 1 November in Shanghai
    await invoice('void', '2026-11-03T03:00:00Z', '500.00')
    await invoice('draft', '2026-11-03T03:00:00Z', '500.00')
    await invoice('issued', '2026-10-31T15:30:00Z', '7.00') // 31 October in Shanghai
    const progress = await targetCompletion(
      await reqFor('admin'),
      target({ user: t.people.repOther.id, basis: 'invoices', period: 'month', index: 11, target: '40.00' }),
      'Asia/Shanghai',
    )
    expect(progress?.actual).toBe('20.30')
    expect(progress?.percent).toBe('50.8')
  })
})

describe('the report API', () => {
  const ZH = { 'accept-language': 'zh' }
  const login = (tenant: TestTenant, who: keyof TestTenant['people']) => api.login(tenant.people[who].email, PASSWORD)
  const stageReport = {
    entity: 'opportunities',
    type: 'summary',
    groups: [{ field: 'stage' }],
    aggregates: [{ fn: 'count' }, { fn: 'sum', field: 'amount' }],
    chart: { type: 'bar', aggregate: 1 },
  }
  let reportId: Id
  beforeAll(async () => {
    const admin = await login(t, 'admin')
    const saved = await api.rest(
      'POST',
      '/reports',
      { token: admin },
      { name: 'By stage', scope: 'tenant', definition: stageReport },
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    expect(saved.body.doc.entity).toBe('opportunities')
    reportId = saved.body.doc.id
  })

  it('runs a saved report as each reader, in their own scope', async () => {
    const rep = await api.rest('POST', '/reports/run', { token: await login(t, 'repRoot') }, { report: reportId })
    expect(rep.status).toBe(200)
    const own = rows.filter(reaches('repRoot'))
    expect(rep.body.total.count).toBe(own.length)
    expect(rep.body.total.values[1]).toBe(expected(own, { kind: 'money', fn: 'sum', value: amount }))
    expect(rep.body.chart).toEqual({ type: 'bar', aggregate: 1 })
  })

  it('refuses a bad definition with the path and a message in the user language', async () => {
    const res = await api.rest(
      'POST',
      '/reports/run',
      { token: await login(t, 'admin'), headers: ZH },
      { definition: { ...stageReport, groups: [{ field: 'nope' }] } },
    )
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ path: 'groups.0.field', message: '没有可用于报表的字段“nope”。' }])
    const saved = await api.rest(
      'POST',
      '/reports',
      { token: await login(t, 'admin') },
      { name: 'Bad', definition: { entity: 'opportunities', type: 'pie' } },
    )
    expect(saved.status).toBe(400)
    expect(JSON.stringify(saved.body)).toContain('definition.type')
  })

  it('exports the result as CSV with a total line', async () => {
    const file = await api.restRaw('GET', `/reports/${reportId}/export?format=csv`, {
      token: await login(t, 'admin'),
      headers: { 'accept-language': 'en' },
    })
    expect(file.status).toBe(200)
    const lines = file.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('Stage,Count,Sum of Amount')
    expect(lines.at(-1)).toBe(`Total,${rows.length},${expected(rows, { kind: 'money', fn: 'sum', value: amount })}`)
    expect(lines).toHaveLength(new Set(rows.map((r) => r.stage)).size + 2)
  })

  it('a home dashboard shows each widget run as its viewer', async () => {
    const rep = await login(t, 'repRoot')
    const created = await api.rest(
      'POST',
      '/dashboards',
      { token: rep },
      {
        name: 'Mine',
        scope: 'user',
        onHome: true,
        widgets: [{ report: reportId, display: 'chart', width: 'half' }],
      },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const home = await api.rest('GET', '/dashboards/home', { token: rep })
    expect(home.status).toBe(200)
    expect(home.body.dashboard.name).toBe('Mine')
    expect(home.body.dashboard.widgets[0].result.total.count).toBe(rows.filter(reaches('repRoot')).length)
    // A colleague does not see a personal dashboard.
    const colleague = await api.rest('GET', `/dashboards/${created.body.doc.id}/data`, { token: await login(t, 'repChild') })
    expect(colleague.status).toBe(404)
  })

  it("another company's reports, dashboards and targets are out of reach", async () => {
    const outsider = await login(other, 'admin')
    const run = await api.rest('POST', '/reports/run', { token: outsider }, { report: reportId })
    expect(run.status).toBe(404)
    expect((await api.rest('GET', `/reports/${reportId}/export?format=xlsx`, { token: outsider })).status).toBe(404)
    const admin = await login(t, 'admin')
    const board = await api.rest(
      'POST',
      '/dashboards',
      { token: admin },
      { name: 'Team', scope: 'tenant', widgets: [{ report: reportId }] },
    )
    expect(board.status).toBe(201)
    expect((await api.rest('GET', `/dashboards/${board.body.doc.id}/data`, { token: outsider })).status).toBe(404)
    expect((await api.rest('GET', '/dashboards/home', { token: outsider })).body).toEqual({ dashboard: null })
    const target = await api.rest(
      'POST',
      '/sales-targets',
      { token: admin },
      {
        subject: 'user',
        user: t.people.repRoot.id,
        year: 2026,
        period: 'quarter',
        index: 4,
        measure: 'count',
        basis: 'opportunities',
        target: '10',
      },
    )
    expect(target.status, JSON.stringify(target.body)).toBe(201)
    const mine = await api.rest('GET', '/sales-targets/progress?year=2026', { token: admin })
    expect(mine.body.targets.map((x: { id: Id }) => x.id)).toContain(target.body.doc.id)
    const inQuarter4 = (r: Row) => ['2026-10', '2026-11', '2026-12'].includes(localPeriod(r.expectedCloseDate, 'month') ?? '')
    const won = rows.filter((r) => r.stage === 'won' && inQuarter4(r) && String(r.owner) === String(t.people.repRoot.id))
    expect(mine.body.targets.find((x: { id: Id }) => x.id === target.body.doc.id).progress.actual).toBe(String(won.length))
    const theirs = await api.rest('GET', '/sales-targets/progress?year=2026', { token: outsider })
    expect(theirs.body.targets).toEqual([])
  })

  it('a target names its person and a valid quarter', async () => {
    const res = await api.rest(
      'POST',
      '/sales-targets',
      { token: await login(t, 'admin') },
      {
        subject: 'user',
        year: 2026,
        period: 'quarter',
        index: 5,
        measure: 'amount',
        basis: 'invoices',
        target: '10.00',
      },
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((e: { path: string }) => e.path).sort()).toEqual(['index', 'user'])
  })

  it('a scheduled report is mailed as whoever scheduled it, with the result attached, and moves to its next run', async () => {
    const rep = await login(t, 'repRoot')
    const saved = await api.rest(
      'POST',
      '/reports',
      { token: rep, headers: { 'accept-language': 'en' } },
      {
        name: 'My stages',
        definition: stageReport,
        schedule: { frequency: 'daily', recipients: 'boss@example.test, me@example.test', format: 'csv' },
      },
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    expect(new Date(saved.body.doc.schedule.nextRunAt).getTime()).toBeGreaterThan(Date.now())
    const bad = await api.rest(
      'PATCH',
      `/reports/${saved.body.doc.id}`,
      { token: rep },
      { schedule: { frequency: 'daily', recipients: 'nobody' } },
    )
    expect(bad.status).toBe(400)
    // Due a minute ago.
    const due = new Date(Date.now() - 60_000).toISOString()
    await payload.update({
      collection: 'reports',
      id: saved.body.doc.id,
      data: { schedule: { ...saved.body.doc.schedule, nextRunAt: due } } as never,
      overrideAccess: true,
    })
    const run = sendScheduledReports.handler as unknown as (args: {
      req: PayloadRequest
    }) => Promise<{ output: { sent: number } }>
    expect((await run({ req: await createLocalReq({}, payload) })).output.sent).toBe(1)
    const { docs } = await payload.find({ collection: 'outbox', where: { subject: { like: 'My stages' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const mail = docs[0] as unknown as { to: string; subject: string; attachments: { filename: string; base64: string }[] }
    expect(mail.to).toBe('boss@example.test, me@example.test')
    expect(mail.attachments[0].filename).toMatch(/^My stages-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = Buffer.from(mail.attachments[0].base64, 'base64').toString('utf8')
    const own = rows.filter(reaches('repRoot'))
    expect(csv.trim().split('\r\n').at(-1)).toBe(
      `Total,${own.length},${expected(own, { kind: 'money', fn: 'sum', value: amount })}`,
    )
    const after = await payload.findByID({ collection: 'reports', id: saved.body.doc.id, depth: 0, overrideAccess: true })
    expect(new Date(String(after.schedule?.nextRunAt)).getTime()).toBeGreaterThan(Date.now())
    // Not due any more: nothing is sent twice.
    expect((await run({ req: await createLocalReq({}, payload) })).output.sent).toBe(0)
  })
})
