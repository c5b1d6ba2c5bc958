import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { datePartsIn } from '../../src/numbering/period'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}
const ids: Record<string, Id> = {}

// Tenants default to Asia/Shanghai; numbers carry that calendar's date.
const today = () => datePartsIn(new Date(), 'Asia/Shanghai')
const yyyymm = () => `${today().year}${String(today().month).padStart(2, '0')}`
const yyyymmdd = () => `${yyyymm()}${String(today().day).padStart(2, '0')}`

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'numbering')
  for (const who of ['admin', 'manager', 'repRoot', 'repChild'] as const)
    tokens[who] = await api.login(t.people[who].email, PASSWORD)
  const create = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection, data: { tenant: t.id, ...data }, overrideAccess: true })).id
  ids.account = await create('accounts', { name: '华东贸易有限公司', owner: t.people.repRoot.id })
  ids.vendor = await create('vendors', { name: '茶园供应商' })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const as = (who: string) => ({ token: tokens[who], headers: { 'accept-language': 'en' } })
const post = (who: string, collection: string, body: Record<string, unknown>) => api.rest('POST', `/${collection}`, as(who), body)
const line = { description: 'Tea', quantity: '1', unitPrice: '10.00', taxRate: '13' }
const BODIES: Record<string, () => Record<string, unknown>> = {
  quotes: () => ({ account: ids.account, items: [line] }),
  'sales-orders': () => ({ account: ids.account, items: [line] }),
  'purchase-orders': () => ({ vendor: ids.vendor, items: [line] }),
  invoices: () => ({ account: ids.account, items: [line] }),
  contracts: () => ({ name: '年度供货合同', account: ids.account, amount: '1000.00' }),
  'service-requests': () => ({ subject: '设备报修', account: ids.account }),
}
const createDoc = async (collection: string, who = 'repRoot', extra: Record<string, unknown> = {}) => {
  const res = await post(who, collection, { ...BODIES[collection](), ...extra })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: Id; number: string }
}
const sequenceOf = async (target: string) =>
  (
    await payload.find({
      collection: 'number-sequences',
      where: { and: [{ tenant: { equals: t.id } }, { targetCollection: { equals: target } }, { active: { equals: true } }] },
      overrideAccess: true,
    })
  ).docs[0]
const seqOf = (number: string) => Number(number.split('-').pop())

describe('every numbered collection gets a number on create, from the tenant’s default sequences', () => {
  it.each([
    ['quotes', () => `QT-${yyyymm()}-`, 4],
    ['sales-orders', () => `SO-${yyyymm()}-`, 4],
    ['purchase-orders', () => `PO-${yyyymm()}-`, 4],
    ['invoices', () => `INV-${yyyymm()}-`, 4],
    ['contracts', () => `HT-${today().year}-`, 4],
    ['service-requests', () => `SR-${yyyymmdd()}-`, 3],
  ] as const)('%s', async (collection, prefix, digits) => {
    const first = await createDoc(collection)
    const second = await createDoc(collection)
    expect(first.number).toMatch(new RegExp(`^${prefix()}\\d{${digits}}$`))
    expect(seqOf(second.number)).toBe(seqOf(first.number) + 1)
    const stored = await payload.findByID({ collection, id: second.id, overrideAccess: true, depth: 0 })
    expect(stored.number).toBe(second.number)
  })

  it('a new tenant starts with one active sequence per numbered collection', async () => {
    const { docs } = await payload.find({
      collection: 'number-sequences',
      where: { tenant: { equals: t.id } },
      overrideAccess: true,
    })
    expect(docs.map((d) => d.targetCollection).sort()).toEqual(
      ['contracts', 'invoices', 'purchase-orders', 'quotes', 'sales-orders', 'service-requests'].sort(),
    )
    expect(docs.find((d) => d.targetCollection === 'invoices')?.gapFree).toBe(true)
  })

  it('50 concurrent creates get 50 distinct, consecutive numbers', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => post('repRoot', 'quotes', BODIES.quotes())))
    expect(
      results.map((r) => r.status),
      JSON.stringify(results.find((r) => r.status !== 201)?.body),
    ).toEqual(Array(50).fill(201))
    const values = results.map((r) => seqOf(r.body.doc.number)).sort((a, b) => a - b)
    expect(new Set(values).size).toBe(50)
    expect(values[49] - values[0]).toBe(49)
  })
})

describe('admins set numbering up without code', () => {
  it('per department: {DEPT} is the department’s code and each department counts on its own', async () => {
    const old = await sequenceOf('contracts')
    await api.rest('PATCH', `/number-sequences/${old.id}`, as('admin'), { active: false })
    const res = await post('admin', 'number-sequences', {
      name: '合同（按部门）',
      targetCollection: 'contracts',
      pattern: 'HT-{DEPT}-{YYYY}-{SEQ:3}',
      resetPolicy: 'yearly',
      dimension: 'department',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const year = today().year
    expect((await createDoc('contracts', 'repRoot')).number).toBe(`HT-SALES-${year}-001`)
    expect((await createDoc('contracts', 'repChild')).number).toBe(`HT-EAST-${year}-001`)
    expect((await createDoc('contracts', 'repRoot')).number).toBe(`HT-SALES-${year}-002`)
  })

  it('per field value: {field:…} puts a value of the record in the number', async () => {
    const old = await sequenceOf('service-requests')
    await api.rest('PATCH', `/number-sequences/${old.id}`, as('admin'), { active: false })
    const res = await post('admin', 'number-sequences', {
      name: 'Tickets by type',
      targetCollection: 'service-requests',
      pattern: '{field:type}/{YY}/{SEQ}',
      padding: 2,
      resetPolicy: 'never',
      dimension: 'field',
      dimensionField: 'type',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const yy = String(today().year % 100).padStart(2, '0')
    expect((await createDoc('service-requests', 'repRoot', { type: 'repair' })).number).toBe(`repair/${yy}/01`)
    expect((await createDoc('service-requests', 'repRoot', { type: 'complaint' })).number).toBe(`complaint/${yy}/01`)
    expect((await createDoc('service-requests', 'repRoot', { type: 'repair' })).number).toBe(`repair/${yy}/02`)
  })

  it('monthly and yearly counters start again at the change of month and of year, in the tenant’s time zone', async () => {
    const quotesAt = async (iso: string) =>
      (
        await payload.create({
          collection: 'quotes',
          data: { tenant: t.id, owner: t.people.repRoot.id, ...BODIES.quotes() },
          overrideAccess: true,
          context: { numberingDate: iso },
        })
      ).number
    // 15:59 UTC is 23:59 in Shanghai; 16:00 UTC is midnight.
    expect(await quotesAt('2030-11-30T15:59:00Z')).toBe('QT-203011-0001')
    expect(await quotesAt('2030-11-30T15:59:30Z')).toBe('QT-203011-0002')
    expect(await quotesAt('2030-11-30T16:00:00Z')).toBe('QT-203012-0001')
    expect(await quotesAt('2030-12-31T16:00:00Z')).toBe('QT-203101-0001')
    const contract = (iso: string) =>
      payload.create({
        collection: 'contracts',
        data: { tenant: t.id, owner: t.people.repRoot.id, department: t.departments.other, ...BODIES.contracts() },
        overrideAccess: true,
        context: { numberingDate: iso },
      })
    expect((await contract('2030-06-01T00:00:00Z')).number).toBe('HT-SERVICE-2030-001')
    expect((await contract('2030-12-31T15:59:00Z')).number).toBe('HT-SERVICE-2030-002')
    expect((await contract('2030-12-31T16:00:00Z')).number).toBe('HT-SERVICE-2031-001')
  })

  it('an invalid pattern is refused, naming the field and the problem', async () => {
    const res = await post('admin', 'number-sequences', { name: 'Bad', targetCollection: 'leads', pattern: 'L-{YYYY}-{SEQQ}' })
    expect(res.status).toBe(400)
    const error = res.body.errors[0].data.errors[0]
    expect(error.path).toBe('pattern')
    expect(error.message).toContain('{SEQQ} is not a token')
    const noSeq = await post('admin', 'number-sequences', { name: 'Bad', targetCollection: 'leads', pattern: 'L-{YYYY}' })
    expect(noSeq.body.errors[0].data.errors[0].path).toBe('pattern')
  })

  it('a second active sequence for one module is refused', async () => {
    const res = await post('admin', 'number-sequences', { name: 'Quotes again', targetCollection: 'quotes', pattern: 'Q{SEQ}' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('targetCollection')
  })

  it('reps cannot change sequences', async () => {
    const res = await post('repRoot', 'number-sequences', { name: 'Mine', targetCollection: 'leads', pattern: 'L{SEQ}' })
    expect(res.status).toBe(403)
  })

  it('any business collection can be numbered: without a Number field, into custom.<key>', async () => {
    const res = await post('admin', 'number-sequences', {
      name: 'Leads',
      targetCollection: 'leads',
      pattern: 'XS{YYYY}{SEQ:5}',
      resetPolicy: 'never',
      customKey: 'leadNo',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const lead = await post('repRoot', 'leads', { name: '王芳' })
    expect(lead.status, JSON.stringify(lead.body)).toBe(201)
    expect(lead.body.doc.custom.leadNo).toBe(`XS${today().year}00001`)
  })
})

describe('the next-number preview', () => {
  it('shows the number the next record gets, without taking it', async () => {
    const sequence = await sequenceOf('sales-orders')
    const preview = await api.rest('GET', `/number-sequences/${sequence.id}/preview`, as('admin'))
    expect(preview.status).toBe(200)
    const again = await api.rest('GET', `/number-sequences/${sequence.id}/preview`, as('admin'))
    expect(again.body.number).toBe(preview.body.number)
    expect((await createDoc('sales-orders')).number).toBe(preview.body.number)
  })

  it('previews an unsaved pattern, and names a bad one', async () => {
    const res = await api.rest('POST', '/number-sequences/preview', as('admin'), {
      pattern: 'PO-{YY}{MM}{DD}-{SEQ:5}',
      resetPolicy: 'daily',
    })
    expect(res.status).toBe(200)
    expect(res.body.number).toBe(`PO-${yyyymmdd().slice(2)}-00001`)
    const bad = await api.rest('POST', '/number-sequences/preview', as('admin'), { pattern: 'PO-{SEQ' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('pattern')
  })
})

describe('numbers typed by hand', () => {
  it('are refused from a role without the right, naming the field', async () => {
    const res = await post('repRoot', 'quotes', { ...BODIES.quotes(), number: 'HAND-1' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'number', message: expect.stringContaining('by hand') })
  })

  it('are accepted from a tenant admin, and must be unique in the tenant', async () => {
    expect((await createDoc('quotes', 'admin', { number: 'HAND-1' })).number).toBe('HAND-1')
    const again = await post('admin', 'quotes', { ...BODIES.quotes(), number: 'HAND-1' })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0]).toMatchObject({
      path: 'number',
      message: 'The number HAND-1 is already used in this tenant.',
    })
    // Another tenant may use the same number.
    const other = await createTenant(payload, 'numbering-other')
    const doc = await payload.create({
      collection: 'quotes',
      data: {
        tenant: other.id,
        number: 'HAND-1',
        account: (await payload.create({ collection: 'accounts', data: { tenant: other.id, name: 'X' }, overrideAccess: true }))
          .id,
        items: [line],
      },
      overrideAccess: true,
    })
    expect(doc.number).toBe('HAND-1')
  })

  it('a role with “may type numbers by hand” lets its members do it', async () => {
    await payload.update({ collection: 'roles', id: t.roles.manager, data: { overrideNumbers: true }, overrideAccess: true })
    expect((await createDoc('quotes', 'manager', { number: 'MGR-7' })).number).toBe('MGR-7')
  })

  it('a changed number needs the right too; clearing it keeps the number', async () => {
    const doc = await createDoc('quotes')
    const patch = await api.rest('PATCH', `/quotes/${doc.id}`, as('repRoot'), { number: 'MINE-1' })
    expect(patch.status).toBe(400)
    expect(patch.body.errors[0].data.errors[0].path).toBe('number')
    const cleared = await api.rest('PATCH', `/quotes/${doc.id}`, as('repRoot'), { number: '' })
    expect(cleared.status).toBe(200)
    expect(cleared.body.doc.number).toBe(doc.number)
  })

  it('the sequence skips a number already typed by hand', async () => {
    const sequence = await sequenceOf('quotes')
    const next = (await api.rest('GET', `/number-sequences/${sequence.id}/preview`, as('admin'))).body.number as string
    await createDoc('quotes', 'admin', { number: next })
    const auto = await createDoc('quotes')
    expect(seqOf(auto.number)).toBe(seqOf(next) + 1)
  })
})

describe('gap-free sequences and voids', () => {
  it('a save refused by validation takes no number (invoices are gap-free)', async () => {
    const first = await createDoc('invoices')
    const refused = await post('repRoot', 'invoices', { ...BODIES.invoices(), status: 'no-such-status' })
    expect(refused.status).toBe(400)
    const missing = await post('repRoot', 'invoices', { items: [line] })
    expect(missing.status).toBe(400)
    const second = await createDoc('invoices')
    expect(seqOf(second.number)).toBe(seqOf(first.number) + 1)
  })

  it('a normal sequence numbers before the save, so a refused save leaves a gap (that is what gap-free is for)', async () => {
    const first = await createDoc('purchase-orders')
    expect((await post('repRoot', 'purchase-orders', { ...BODIES['purchase-orders'](), status: 'no-such-status' })).status).toBe(
      400,
    )
    const second = await createDoc('purchase-orders')
    expect(seqOf(second.number)).toBe(seqOf(first.number) + 2)
  })

  it('concurrent gap-free creates with failures in between still give consecutive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post('repRoot', 'invoices', { ...BODIES.invoices(), ...(i % 4 === 0 ? { status: 'no-such-status' } : {}) }),
      ),
    )
    const numbers = results
      .filter((r) => r.status === 201)
      .map((r) => seqOf(r.body.doc.number))
      .sort((a, b) => a - b)
    expect(results.filter((r) => r.status === 400)).toHaveLength(5)
    expect(numbers).toHaveLength(15)
    expect(numbers[14] - numbers[0]).toBe(14)
  })

  it('a voided invoice keeps its number and the void is recorded for auditors', async () => {
    const doc = await createDoc('invoices')
    const res = await api.rest('PATCH', `/invoices/${doc.id}`, as('repRoot'), { status: 'void' })
    expect(res.status).toBe(200)
    expect(res.body.doc.number).toBe(doc.number)
    const trail = await payload.find({
      collection: 'audit-log',
      where: {
        and: [{ entity: { equals: 'invoices' } }, { recordId: { equals: String(doc.id) } }, { action: { equals: 'void' } }],
      },
      overrideAccess: true,
    })
    expect(trail.docs).toHaveLength(1)
    expect(trail.docs[0].reason).toContain(doc.number)
    // The next invoice does not reuse it.
    expect(seqOf((await createDoc('invoices')).number)).toBe(seqOf(doc.number) + 1)
  })
})
