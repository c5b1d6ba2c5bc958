import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linesOf, liveTotals } from '../../form-designer/record/lineItems/lineModel'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * The workspace's quote editor: the totals it shows are the ones the server stores, and a product
 * taken out of the document's price book while the quote was open is refused on save, naming its line.
 */
let payload: Payload
let api: Api
let t: TestTenant
let token: string
const ids: Record<string, string | number> = {}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'qed')
  token = await api.login(t.people.repRoot.email, PASSWORD)
  const create = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection, data: { tenant: t.id, owner: t.people.repRoot.id, ...data }, overrideAccess: true })).id
  ids.account = await create('accounts', { name: '华东贸易有限公司' })
  ids.water = await create('products', { code: 'BEV-001', name: '矿泉水', salePrice: '36.00' })
  ids.tea = await create('products', { code: 'BEV-002', name: '绿茶', salePrice: '48.00' })
  ids.juice = await create('products', { code: 'BEV-003', name: '橙汁', salePrice: '96.00' })
  ids.book = await create('price-books', {
    name: '标准价格表',
    entries: [
      { product: ids.water, unitPrice: '33.33' },
      { product: ids.tea, unitPrice: '45.60' },
      { product: ids.juice, unitPrice: '90.00' },
    ],
  })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const en = { headers: { 'accept-language': 'en' } }
const dropFromBook = async (product: string | number) => {
  const book = await payload.findByID({ collection: 'price-books', id: ids.book, depth: 0, overrideAccess: true })
  await payload.update({
    collection: 'price-books',
    id: ids.book,
    data: { entries: ((book.entries ?? []) as { product?: unknown }[]).filter((e) => String(e.product) !== String(product)) },
    overrideAccess: true,
  })
}

describe('the editor’s live totals equal the saved ones', () => {
  it('3 × 33.33 with 7.5 % discount and 13 % tax, and lines that round awkwardly', async () => {
    const items = [
      { product: ids.water, quantity: '3', unitPrice: '33.33', discount: '7.5', taxRate: '13' },
      { product: ids.tea, quantity: '0.3333', unitPrice: '45.6', discount: '12.345', taxRate: '6' },
      { description: 'Postage', quantity: '7', unitPrice: '0.015', discount: '0', taxRate: '9' },
    ]
    for (const pricesIncludeTax of [false, true]) {
      const shown = liveTotals(
        linesOf(items, () => 'k'),
        pricesIncludeTax,
      )
      const res = await api.rest(
        'POST',
        '/quotes',
        { token },
        { account: ids.account, priceBook: ids.book, pricesIncludeTax, items },
      )
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const saved = res.body.doc
      expect(shown.document).toEqual({ subtotal: saved.subtotal, tax: saved.tax, total: saved.total })
      expect(shown.lines.map((l) => [l?.net, l?.tax])).toEqual(
        saved.items.map((i: { net: string; tax: string }) => [i.net, i.tax]),
      )
      // 92.49 + 13.32 + 0.11 (0.105 rounds half up); 12.02 + 0.80 + 0.01.
      if (!pricesIncludeTax) expect(shown.document).toEqual({ subtotal: '105.92', tax: '12.83', total: '118.75' })
    }
  })
})

describe('a product removed from the price book while the quote is open', () => {
  it('is refused on save, naming the line and the product, in the user’s language; nothing is stored', async () => {
    const created = await api.rest(
      'POST',
      '/quotes',
      { token },
      { account: ids.account, priceBook: ids.book, items: [{ product: ids.water, quantity: '1', unitPrice: '33.33' }] },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const quote = created.body.doc
    await dropFromBook(ids.juice)
    const items = [...quote.items, { product: ids.juice, quantity: '2', unitPrice: '90.00' }]
    const refused = await api.rest('PATCH', `/quotes/${quote.id}`, { token, ...en }, { items })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([
      {
        path: 'items.1.product',
        message: 'The price book “标准价格表” no longer lists 橙汁 (BEV-003): remove the line or choose another product.',
      },
    ])
    const zh = await api.rest('POST', '/quotes', { token }, { account: ids.account, priceBook: ids.book, items: items.slice(1) })
    expect(zh.status).toBe(400)
    expect(zh.body.errors[0].data.errors[0]).toMatchObject({
      path: 'items.0.product',
      message: expect.stringContaining('橙汁 (BEV-003)'),
    })
    const stored = await payload.findByID({ collection: 'quotes', id: quote.id, depth: 0, overrideAccess: true })
    expect(stored.items).toHaveLength(1)
    expect(stored.total).toBe('33.33')
  })

  it('lines stored under the same book stay, and conversion carries them over', async () => {
    const created = await api.rest(
      'POST',
      '/quotes',
      { token },
      { account: ids.account, priceBook: ids.book, items: [{ product: ids.tea, quantity: '2', unitPrice: '45.60' }] },
    )
    expect(created.status).toBe(201)
    await dropFromBook(ids.tea)
    const resaved = await api.rest(
      'PATCH',
      `/quotes/${created.body.doc.id}`,
      { token },
      { items: created.body.doc.items, subject: 'x' },
    )
    expect(resaved.status, JSON.stringify(resaved.body)).toBe(200)
    const order = await api.rest('POST', `/quotes/${created.body.doc.id}/convert-to-order`, { token })
    expect(order.status, JSON.stringify(order.body)).toBe(201)
    const stored = await payload.findByID({ collection: 'sales-orders', id: order.body.id, depth: 0, overrideAccess: true })
    expect(stored.total).toBe('91.20')
  })

  it('a document without a price book takes any product', async () => {
    const res = await api.rest(
      'POST',
      '/quotes',
      { token },
      { account: ids.account, items: [{ product: ids.juice, quantity: '1', unitPrice: '96.00' }] },
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })
})
