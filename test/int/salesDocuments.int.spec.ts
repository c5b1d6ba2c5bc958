import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
let token: string
const ids: Record<string, string | number> = {}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'docs')
  other = await createTenant(payload, 'docs-other')
  token = await api.login(t.people.repRoot.email, PASSWORD)
  const create = async (collection: string, data: Record<string, unknown>, tenant = t) =>
    (
      await payload.create({
        collection,
        data: { tenant: tenant.id, owner: tenant.people.repRoot.id, ...data },
        overrideAccess: true,
      })
    ).id
  ids.account = await create('accounts', { name: '华东贸易有限公司' })
  ids.otherAccount = await create('accounts', { name: '北方物流有限公司' })
  ids.contact = await create('contacts', { name: '张伟', account: ids.account })
  ids.strangerContact = await create('contacts', { name: '李娜', account: ids.otherAccount })
  ids.product = await create('products', { code: 'TEA-01', name: '绿茶', salePrice: '19.99' })
  ids.foreignPriceBook = await create('price-books', { name: 'Other tenant prices' }, other)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const quote = (body: Record<string, unknown>) =>
  api.rest('POST', '/quotes', { token, headers: { 'accept-language': 'en' } }, { account: ids.account, ...body })
const quoteCount = async () => (await payload.count({ collection: 'quotes', overrideAccess: true })).totalDocs

describe('totals are computed by the server, exactly', () => {
  it('the worked case 60.27 / 7.80 / 68.07, whatever totals the client sent', async () => {
    const res = await quote({
      items: [
        { product: ids.product, quantity: 3, unitPrice: 19.99, taxRate: 13 },
        { description: 'Sample', quantity: '1', unitPrice: '0.10', taxRate: '0' },
        { description: 'Postage', quantity: 1, unitPrice: '0.20' },
      ],
      subtotal: '1.00',
      total: '1.00',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({ subtotal: '60.27', tax: '7.80', total: '68.07' })
    expect(res.body.doc.items[0]).toMatchObject({ quantity: '3', unitPrice: '19.99', net: '59.97', tax: '7.80' })
    expect(res.body.doc.totalMinor).toBeUndefined()
    const stored = await payload.db.findOne({ collection: 'quotes', where: { id: { equals: res.body.doc.id } } })
    expect((stored as { totalMinor?: number } | null)?.totalMinor).toBe(6807)
  })

  it('discount and tax-inclusive prices: 170.00 / 10.20 / 180.20 and 100.00 / 13.00 / 113.00', async () => {
    const discounted = await quote({ items: [{ quantity: 2, unitPrice: '100.00', discount: 15, taxRate: 6 }] })
    expect(discounted.body.doc).toMatchObject({ subtotal: '170.00', tax: '10.20', total: '180.20' })
    const inclusive = await quote({ pricesIncludeTax: true, items: [{ quantity: 1, unitPrice: '113.00', taxRate: 13 }] })
    expect(inclusive.body.doc).toMatchObject({ subtotal: '100.00', tax: '13.00', total: '113.00' })
  })

  it('changing the items recomputes; changing anything else keeps the totals', async () => {
    const created = await quote({ items: [{ quantity: 1, unitPrice: '10.00' }] })
    const id = created.body.doc.id
    const renamed = await api.rest('PATCH', `/quotes/${id}`, { token }, { subject: 'Renamed' })
    expect(renamed.body.doc.total).toBe('10.00')
    const more = await api.rest(
      'PATCH',
      `/quotes/${id}`,
      { token },
      { items: [{ quantity: 4, unitPrice: '10.00', taxRate: 13 }] },
    )
    expect(more.body.doc).toMatchObject({ subtotal: '40.00', tax: '5.20', total: '45.20' })
  })
})

describe('money sorts and filters as numbers, through the cents', () => {
  it('sort=total orders 9.50 < 68.07 < 100.00 (text would put 100.00 first), and ranges work', async () => {
    const account = (
      await payload.create({
        collection: 'accounts',
        data: { tenant: t.id, owner: t.people.repRoot.id, name: 'Sorting Co' },
        overrideAccess: true,
      })
    ).id
    for (const price of ['100.00', '9.50', '68.07']) await quote({ account, items: [{ quantity: 1, unitPrice: price }] })
    const sorted = await api.rest('GET', `/quotes?where[account][equals]=${account}&sort=total&depth=0`, { token })
    expect(sorted.body.docs.map((d: { total: string }) => d.total)).toEqual(['9.50', '68.07', '100.00'])
    const desc = await api.rest('GET', `/quotes?where[account][equals]=${account}&sort=-total&depth=0`, { token })
    expect(desc.body.docs.map((d: { total: string }) => d.total)).toEqual(['100.00', '68.07', '9.50'])
    const over = await api.rest('GET', `/quotes?where[account][equals]=${account}&where[total][greater_than]=50&depth=0`, {
      token,
    })
    expect(over.body.docs.map((d: { total: string }) => d.total).sort()).toEqual(['100.00', '68.07'])
  })
})

describe('bad input is refused with the field named, and nothing is saved', () => {
  it.each([
    ['a negative quantity', { items: [{ quantity: -1, unitPrice: 5 }] }, 'items.0.quantity', /negative/],
    ['five decimals of quantity', { items: [{ quantity: '1.23456', unitPrice: 5 }] }, 'items.0.quantity', /decimal/],
    ['a price that is not a number', { items: [{ quantity: 1, unitPrice: 'abc' }] }, 'items.0.unitPrice', /number/],
    ['an unknown product', { items: [{ product: 999999, quantity: 1, unitPrice: 5 }] }, 'items.0.product', /./],
    ['a price book of another tenant', { priceBook: 'FOREIGN', items: [] }, 'priceBook', /another tenant/],
    ['a contact of another account', { contact: 'STRANGER', items: [] }, 'contact', /another account/],
  ])('%s', async (_case, body, path, text) => {
    const resolved = JSON.parse(
      JSON.stringify(body)
        .replace('"FOREIGN"', JSON.stringify(ids.foreignPriceBook))
        .replace('"STRANGER"', JSON.stringify(ids.strangerContact)),
    )
    const before = await quoteCount()
    const res = await quote(resolved)
    expect(res.status).toBe(400)
    const errors = res.body.errors[0].data.errors as { path: string; message: string }[]
    const error = errors.find((e) => e.path === path)
    expect(error, JSON.stringify(errors)).toBeDefined()
    expect(error?.message).toMatch(text)
    expect(await quoteCount()).toBe(before)
  })

  it('a malformed amount on a money field names it', async () => {
    const res = await api.rest(
      'POST',
      '/opportunities',
      { token, headers: { 'accept-language': 'en' } },
      { name: 'Deal', account: ids.account, amount: '12.345' },
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({
      path: 'amount',
      message: expect.stringMatching(/two decimal places/),
    })
  })
})

describe('a new document’s currency', () => {
  it('is the tenant’s base currency when none is given; a currency given is kept', async () => {
    expect((await quote({ items: [] })).body.doc.currency).toBe('CNY')
    await payload.update({ collection: 'tenants', id: t.id, data: { baseCurrency: 'USD' }, overrideAccess: true })
    try {
      const inDollars = await quote({ items: [] })
      expect(inDollars.status, JSON.stringify(inDollars.body)).toBe(201)
      expect(inDollars.body.doc.currency).toBe('USD')
      expect((await quote({ items: [], currency: 'EUR' })).body.doc.currency).toBe('EUR')
      // An update leaves the currency as it was.
      const renamed = await api.rest('PATCH', `/quotes/${inDollars.body.doc.id}`, { token }, { subject: 'Renamed' })
      expect(renamed.body.doc.currency).toBe('USD')
    } finally {
      await payload.update({ collection: 'tenants', id: t.id, data: { baseCurrency: 'CNY' }, overrideAccess: true })
    }
  })
})
