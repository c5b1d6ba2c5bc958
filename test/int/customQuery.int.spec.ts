import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { backfillSlots } from '../../src/customFields/slots/backfillSlots'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Custom fields filter and sort like native columns: the same values are stored in `custom` and in the
 * opportunity's own columns (probability, expectedCloseDate, lossReason), and every query must give
 * the same records in the same order both ways.
 */
const EN = { 'accept-language': 'en' }
const ROWS = 2000

let payload: Payload
let api: Api
let t: TestTenant
let admin: string
let account: number | string

const numbers = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${i + 1}`, defineField('integer')]))
// Slots go by key: score takes slotNumber1, x1…x7 the other number slots, x8 finds none.
const fields = (removeX1 = false) => ({
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    score: defineField('decimal', { scale: 2 }),
    due: defineField('dateTime'),
    code: defineField('text'),
    vip: defineField('boolean'),
    memo: defineField('longText'),
    ...numbers(8),
    ...(removeX1 ? { x1: { ...defineField('integer'), 'x-removed': true } } : {}),
  },
})

const SCORES = [null, -12.5, -1, 0, 9, 10, 10, 99.99, '12345678901.25', 1.5, 100, 2]
// Native probability is 0–100 through the API: the Local API rows stay inside it.
const LOCAL_SCORES = [null, 0, 9, 10, 10, 99.99, 1.5, 100, 2]
const DUES = [
  null,
  '2026-11-27T23:30:00-05:00', // 04:30 UTC on the 28th: after the next one
  '2026-11-28T10:00:00+08:00', // 02:00 UTC on the 28th
  '2026-01-01T00:00:00Z',
  '2025-12-31T23:59:59+00:00',
  '2026-11-28T02:00:00Z', // the same instant as +08:00 10:00: a tie
]
const CODES = [null, 'abc', 'ABD', 'b-12', 'zz', 'ab', '卡纸']
const instant = (v: string | null) => (v == null ? null : new Date(v).toISOString())

async function publish(schema: unknown) {
  const draft = await api.rest('POST', '/entity-schemas', { token: admin, headers: EN }, { entity: 'opportunities', schema })
  expect(draft.status).toBe(201)
  const published = await api.rest('POST', `/entity-schemas/${draft.body.doc.id}/publish`, { token: admin, headers: EN })
  expect(published.status).toBe(200)
  return published.body.doc
}

// The Local API takes a comma list as one (unknown) field and falls back to `-createdAt`, which ties for
// rows stored in the same millisecond: split it as REST does, so both sides really sort.
const ids = async (where: Where, sort?: string | string[]) =>
  (
    await payload.find({
      collection: 'opportunities',
      where: { and: [{ tenant: { equals: t.id } }, where] },
      sort: typeof sort === 'string' ? sort.split(',') : sort,
      pagination: false,
      depth: 0,
      select: { id: true } as never,
    })
  ).docs.map((d) => (d as { id: unknown }).id)

let firstPublish: Record<string, any>

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'cq')
  admin = await api.login(t.people.admin.email, PASSWORD)
  account = (await payload.create({ collection: 'accounts', data: { tenant: t.id, name: 'Acme' } as never })).id
  firstPublish = await publish(fields())
  // Bulk: stored through the adapter (no hooks), then mirrored by the backfill a publish would run.
  for (let i = 0; i < ROWS; i++) {
    const score = SCORES[i % SCORES.length]
    const due = DUES[(i * 7) % DUES.length]
    const code = CODES[(i * 5) % CODES.length]
    const custom: Record<string, unknown> = { x8: (i * 37) % 101 }
    if (score != null) custom.score = typeof score === 'number' ? String(score) : score
    if (due != null) custom.due = due
    if (code != null) custom.code = code
    await payload.db.create({
      collection: 'opportunities',
      data: {
        tenant: t.id,
        account,
        name: `O${i}`,
        owner: t.people.admin.id,
        custom,
        probability: score == null ? null : Number(score),
        expectedCloseDate: instant(due),
        lossReason: code,
      },
      returning: false,
    } as never)
  }
  await backfillSlots(payload, { payload } as never, t.id, 'opportunities', { batchSize: 300 })
  // And some through the Local API, mirrored by the write hook.
  for (let i = 0; i < 24; i++) {
    const score = LOCAL_SCORES[i % LOCAL_SCORES.length]
    const due = DUES[i % DUES.length]
    const code = CODES[i % CODES.length]
    const custom: Record<string, unknown> = { vip: i % 3 === 0 }
    if (score != null) custom.score = String(score)
    if (due != null) custom.due = due
    if (code != null) custom.code = code
    await payload.create({
      collection: 'opportunities',
      data: {
        tenant: t.id,
        account,
        name: `L${i}`,
        owner: t.people.admin.id,
        custom,
        probability: score == null ? null : Number(score),
        expectedCloseDate: instant(due),
        lossReason: code,
      } as never,
    })
  }
}, 600_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('publishing assigns slots', () => {
  it('maps slot kinds in field order and says which fields have no range filter or sort', () => {
    expect(firstPublish.slots).toMatchObject({
      score: 'slotNumber1',
      due: 'slotDate1',
      code: 'slotText1',
      vip: 'slotBoolean1',
      x7: 'slotNumber8',
    })
    expect(firstPublish.slots.memo).toBeUndefined()
    expect(firstPublish.slotless).toEqual(['x8'])
  })
})

describe('custom fields answer like native columns (same records, same order)', () => {
  it.each<[string, Where, string | string[] | undefined, Where, string | string[] | undefined]>([
    [
      'range with numbers as text, 9 below 10',
      { 'custom.score': { greater_than: '9' } },
      'custom.score,id',
      { probability: { greater_than: 9 } },
      'probability,id',
    ],
    [
      'negatives and ties, descending',
      { 'custom.score': { less_than_equal: 10 } },
      ['-custom.score', 'id'],
      { probability: { less_than_equal: 10 } },
      ['-probability', 'id'],
    ],
    [
      'the big decimal',
      { 'custom.score': { greater_than_equal: '12345678901.24' } },
      undefined,
      { probability: { greater_than_equal: 12345678901.24 } },
      undefined,
    ],
    ['sort with nulls', {}, 'custom.score,id', {}, 'probability,id'],
    ['equals and in', { 'custom.score': { in: ['9', '10'] } }, 'id', { probability: { in: [9, 10] } }, 'id'],
    ['not_equals', { 'custom.score': { not_equals: 10 } }, 'id', { probability: { not_equals: 10 } }, 'id'],
    ['not_in', { 'custom.code': { not_in: ['abc', 'zz'] } }, 'id', { lossReason: { not_in: ['abc', 'zz'] } }, 'id'],
    ['exists false', { 'custom.score': { exists: false } }, 'id', { probability: { exists: false } }, 'id'],
    ['exists true', { 'custom.due': { exists: true } }, 'id', { expectedCloseDate: { exists: true } }, 'id'],
    [
      'dates across time zones',
      { 'custom.due': { greater_than: '2026-11-28T09:00:00+08:00' } },
      ['-custom.due', 'id'],
      { expectedCloseDate: { greater_than: '2026-11-28T01:00:00.000Z' } },
      ['-expectedCloseDate', 'id'],
    ],
    [
      'a day as midnight UTC',
      { 'custom.due': { less_than: '2026-01-01' } },
      'custom.due,id',
      { expectedCloseDate: { less_than: '2026-01-01T00:00:00.000Z' } },
      'expectedCloseDate,id',
    ],
    ['text like', { 'custom.code': { like: 'ab' } }, 'custom.code,id', { lossReason: { like: 'ab' } }, 'lossReason,id'],
    [
      'text contains',
      { 'custom.code': { contains: 'b' } },
      '-custom.code,id',
      { lossReason: { contains: 'b' } },
      '-lossReason,id',
    ],
    [
      'mixed and/or',
      {
        or: [
          { and: [{ 'custom.score': { greater_than: -5 } }, { 'custom.due': { exists: true } }] },
          { 'custom.code': { equals: '卡纸' } },
        ],
      },
      ['-custom.due', 'custom.score', 'id'],
      {
        or: [
          { and: [{ probability: { greater_than: -5 } }, { expectedCloseDate: { exists: true } }] },
          { lossReason: { equals: '卡纸' } },
        ],
      },
      ['-expectedCloseDate', 'probability', 'id'],
    ],
  ])('%s', async (_, customWhere, customSort, nativeWhere, nativeSort) => {
    const native = await ids(nativeWhere, nativeSort)
    expect(native.length).toBeGreaterThan(0)
    expect(await ids(customWhere, customSort)).toEqual(native)
  })

  it('9 sorts before 10 (not as text)', async () => {
    const docs = await payload.find({
      collection: 'opportunities',
      where: { and: [{ tenant: { equals: t.id } }, { 'custom.score': { in: [9, 10] } }] },
      sort: 'custom.score',
      limit: 1,
      depth: 0,
    })
    expect(docs.docs[0].custom).toMatchObject({ score: '9' })
    expect(docs.docs[0]).not.toHaveProperty('slotNumber1')
  })

  it('yes/no through its slot', async () => {
    const yes = await ids({ 'custom.vip': { equals: 'true' } }, 'id')
    expect(yes).toHaveLength(8)
    expect(await ids({ 'custom.vip': { exists: true } }, ['-custom.vip', 'id'])).toHaveLength(24)
  })

  it('count', async () => {
    const native = await payload.count({ collection: 'opportunities', where: { probability: { greater_than: 9 } } })
    const custom = await payload.count({ collection: 'opportunities', where: { 'custom.score': { greater_than: 9 } } })
    expect(custom.totalDocs).toBe(native.totalDocs)
    expect(custom.totalDocs).toBeGreaterThan(0)
  })
})

describe('REST and GraphQL', () => {
  it('REST where and sort on custom fields (the admin list view passes the same URL query to payload.find)', async () => {
    const res = await api.rest(
      'GET',
      '/opportunities?where[custom.score][greater_than]=9&sort=-custom.score,id&pagination=false&depth=0',
      { token: admin, headers: EN },
    )
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { id: unknown }) => d.id)).toEqual(
      await ids({ probability: { greater_than: 9 } }, ['-probability', 'id']),
    )
    expect(res.body.docs[0]).not.toHaveProperty('slotNumber1')
  })

  it('a range on a field without a slot is a 400 naming it, in English and Chinese', async () => {
    const res = await api.rest('GET', '/opportunities?where[custom.x8][greater_than]=3', { token: admin, headers: EN })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toEqual({
      path: 'custom.x8',
      message: expect.stringContaining('Range filters and sorting are unavailable for custom.x8'),
    })
    const sorted = await api.rest('GET', '/opportunities?sort=custom.memo', {
      token: admin,
      headers: { 'accept-language': 'zh' },
    })
    expect(sorted.status).toBe(400)
    expect(sorted.body.errors[0].data.errors[0].message).toContain('custom.memo 不支持范围筛选和排序')
    const unknown = await api.rest('GET', '/opportunities?where[custom.nothing][equals]=3', { token: admin, headers: EN })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors[0].path).toBe('custom.nothing')
  })

  it('equality on a field without a slot still works on the JSON path', async () => {
    const res = await api.rest('GET', '/opportunities?where[custom.x8][equals]=100&limit=0&depth=0', {
      token: admin,
      headers: EN,
    })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(Array.from({ length: ROWS }, (_, i) => (i * 37) % 101).filter((v) => v === 100).length)
  })

  it('GraphQL filters and sorts on the slot the entity schema names', async () => {
    const slot = firstPublish.slots.score as string
    const res = await api.graphql(
      `query($where: Opportunity_where) { Opportunities(where: $where, sort: "-${slot}", limit: 0) { docs { id } } }`,
      { where: { [slot]: { greater_than: 9 } } },
      { token: admin, headers: EN },
    )
    expect(res.body.errors).toBeUndefined()
    const got = res.body.data.Opportunities.docs.map((d: { id: unknown }) => d.id)
    const expected = await ids({ probability: { greater_than: 9 } }, ['-probability', 'id'])
    expect([...got].sort()).toEqual([...expected].sort())
    expect(got.length).toBe(expected.length)
  })
})

describe('a mapping change is backfilled', () => {
  it('removing x1 frees a number slot; x8 gets it and its range filter answers from existing records', async () => {
    const v2 = await publish(fields(true))
    expect(v2.slots.x8).toBe('slotNumber2')
    expect(v2.slots.score).toBe('slotNumber1')
    expect(v2.slotless).toEqual([])
    expect(v2.backfilled).toBeGreaterThanOrEqual(ROWS)
    const expected = Array.from({ length: ROWS }, (_, i) => (i * 37) % 101).filter((v) => v > 95).length
    const found = await payload.count({
      collection: 'opportunities',
      where: { tenant: { equals: t.id }, 'custom.x8': { greater_than: 95 } },
    })
    expect(found.totalDocs).toBe(expected)
    // The field that gave up its slot is kept but no longer ranges.
    const res = await api.rest('GET', '/opportunities?where[custom.x1][greater_than]=3', { token: admin, headers: EN })
    expect(res.status).toBe(400)
    // Slots kept across versions still answer.
    expect(await ids({ 'custom.score': { greater_than: '9' } }, 'custom.score,id')).toEqual(
      await ids({ probability: { greater_than: 9 } }, 'probability,id'),
    )
  })
})

describe('a query across tenants whose mappings differ', () => {
  it('filters with one branch per tenant and refuses to sort by the field', async () => {
    const t2 = await createTenant(payload, 'cq-two')
    const admin2 = await api.login(t2.people.admin.email, PASSWORD)
    const acc2 = (await payload.create({ collection: 'accounts', data: { tenant: t2.id, name: 'Two' } as never })).id
    const schema = {
      $schema: DRAFT_2020_12,
      type: 'object',
      additionalProperties: false,
      properties: { aaa: defineField('integer'), score: defineField('decimal') },
    }
    const draft = await api.rest('POST', '/entity-schemas', { token: admin2, headers: EN }, { entity: 'opportunities', schema })
    const published = await api.rest('POST', `/entity-schemas/${draft.body.doc.id}/publish`, { token: admin2, headers: EN })
    expect(published.body.doc.slots).toMatchObject({ aaa: 'slotNumber1', score: 'slotNumber2' })
    for (const [i, score] of ['50', '5', '70'].entries())
      await payload.create({
        collection: 'opportunities',
        data: {
          tenant: t2.id,
          account: acc2,
          name: `T2-${i}`,
          owner: t2.people.admin.id,
          probability: Number(score),
          custom: { score, aaa: 99 },
        } as never,
      })
    // The Local API without a tenant condition reaches every tenant.
    const everywhere = async (where: Where) =>
      (
        await payload.find({
          collection: 'opportunities',
          where,
          sort: 'id',
          pagination: false,
          depth: 0,
          select: { id: true } as never,
        })
      ).docs.map((d) => (d as { id: unknown }).id)
    const native = await everywhere({ probability: { greater_than: 9 } })
    expect(native.length).toBeGreaterThan(2)
    expect(await everywhere({ 'custom.score': { greater_than: 9 } })).toEqual(native)
    // The Local API speaks the default language (Chinese).
    await expect(payload.find({ collection: 'opportunities', sort: '-custom.score', depth: 0 })).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'custom.score', message: expect.stringContaining('请先选择一个租户') }] },
    })
    // Within one tenant the same sort is fine.
    const inTwo = await api.rest('GET', '/opportunities?sort=-custom.score&depth=0', { token: admin2, headers: EN })
    expect(inTwo.status, JSON.stringify(inTwo.body)).toBe(200)
    expect(inTwo.body.docs.map((d: { custom: { score: string } }) => d.custom.score)).toEqual(['70', '50', '5'])
  })
})

describe('the query plan uses the slot index', () => {
  it('range + sort on a custom field (EXPLAIN on realistic rows after ANALYZE)', async () => {
    const db = payload.db as unknown as {
      name: string
      pool?: { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, string>[] }> }
      client?: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }> }
    }
    // The SQL Payload emits for find({ where: custom.score > 9, sort: custom.score }) once rewritten, as
    // captured from the pg pool: access adds the tenant, the recycle bin `deleted_at is null`, and
    // Payload appends `created_at desc` as a tiebreak (selected columns trimmed to id).
    const query = `select id from opportunities where ((tenant_id = ${Number(t.id)} and slot_number1 > 9) and deleted_at is null) order by slot_number1 asc, created_at desc limit 10`
    // A realistic table (last in this file, as it adds rows): 20,000 more records of this tenant among
    // another tenant's 30,000, values spread like real amounts.
    const other = await createTenant(payload, 'cq-other')
    const otherAccount = (await payload.create({ collection: 'accounts', data: { tenant: other.id, name: 'Other' } as never })).id
    const rows = (
      tenant: unknown,
      acc: unknown,
      n: number,
    ) => `with recursive s(i) as (select 1 union all select i + 1 from s where i < ${n})
      insert into opportunities (tenant_id, account_id, name, slot_number1, created_at, updated_at)
      select ${Number(tenant)}, ${Number(acc)}, 'bulk', (i * 7919) % 10007 - 5000, '2026-11-28T00:00:00.000Z', '2026-11-28T00:00:00.000Z' from s`
    const bulk = [rows(t.id, account, 20_000), rows(other.id, otherAccount, 30_000)]
    let plan: string
    if (db.pool) {
      for (const sql of bulk) await db.pool.query(sql)
      await db.pool.query('ANALYZE opportunities')
      plan = (await db.pool.query(`EXPLAIN ${query}`)).rows.map((r) => r['QUERY PLAN']).join('\n')
    } else {
      for (const sql of bulk) await db.client?.execute({ sql, args: [] })
      await db.client?.execute({ sql: 'ANALYZE', args: [] })
      plan = ((await db.client?.execute({ sql: `EXPLAIN QUERY PLAN ${query}`, args: [] }))?.rows ?? [])
        .map((r) => String(r.detail))
        .join('\n')
    }
    // Payload names compound indexes after their fields (`tenant_slotNumber1_deletedAt_<n>_idx`).
    expect(plan).toMatch(/tenant_slotNumber1_deletedAt_\d+_idx/)
    // Rows come in slot order from the index: at most the tiebreak is sorted within equal slot values.
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    expect(plan).not.toMatch(/(^|->\s+)Sort\s+\(/m)
  })
})
