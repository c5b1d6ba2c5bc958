import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Decimal } from '../../src/money/decimal'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let rep: string
let admin: string
let account: number | string
let vendor: number | string

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'stock')
  rep = await api.login(t.people.repRoot.email, PASSWORD)
  admin = await api.login(t.people.admin.email, PASSWORD)
  account = (await api.rest('POST', '/accounts', { token: rep }, { name: '库存客户' })).body.doc.id
  vendor = (await api.rest('POST', '/vendors', { token: admin }, { name: '库存供应商' })).body.doc.id
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const product = async (code: string, stock: string) =>
  (await api.rest('POST', '/products', { token: admin }, { code, name: code, stock })).body.doc.id

const stockOf = async (id: unknown) =>
  (await payload.findByID({ collection: 'products', id: id as number, overrideAccess: true, depth: 0 })).stock

const movesOf = async (productId: unknown) =>
  (
    await payload.find({
      collection: 'stock-moves',
      where: { product: { equals: productId } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs as unknown as { kind: string; quantity: string; stockAfter: string; document?: { relationTo: string; value: unknown } }[]

/** The ledger's invariant: a product's stock is the sum of its moves. */
const ledgerSum = async (productId: unknown) =>
  (await movesOf(productId)).reduce((sum, m) => sum.plus(new Decimal(m.quantity)), new Decimal(0)).toFixed()

it('shipping an order moves its goods out once; editing a shipped order moves the difference; cancelling puts them back', async () => {
  const bolt = await product('BOLT', '10')
  const nut = await product('NUT', '100')
  const order = (
    await api.rest(
      'POST',
      '/sales-orders',
      { token: rep },
      {
        account,
        status: 'confirmed',
        items: [
          { product: bolt, quantity: '3', unitPrice: '1.00' },
          { product: nut, quantity: '20', unitPrice: '0.10' },
          { product: bolt, quantity: '1.5', unitPrice: '1.00' },
          { description: 'Freight', quantity: 1, unitPrice: '5.00' },
        ],
      },
    )
  ).body.doc
  expect(await stockOf(bolt)).toBe('10') // confirmed is not shipped

  expect((await api.rest('PATCH', `/sales-orders/${order.id}`, { token: rep }, { status: 'shipped' })).status).toBe(200)
  expect(await stockOf(bolt)).toBe('5.5')
  expect(await stockOf(nut)).toBe('80')
  const shipped = (await movesOf(bolt)).at(-1)
  expect(shipped).toMatchObject({ kind: 'shipment', quantity: '-4.5', stockAfter: '5.5' })
  expect(shipped?.document).toMatchObject({ relationTo: 'sales-orders', value: order.id })

  // Saving again (another field, the same shipped state) moves nothing.
  await api.rest('PATCH', `/sales-orders/${order.id}`, { token: rep }, { subject: '加急' })
  expect(await stockOf(bolt)).toBe('5.5')
  expect(await movesOf(bolt)).toHaveLength(2) // opening + shipment

  // A shipped order whose lines change moves only the difference.
  const items = (await api.rest('GET', `/sales-orders/${order.id}`, { token: rep })).body.items
  items[0].quantity = '5'
  await api.rest('PATCH', `/sales-orders/${order.id}`, { token: rep }, { items })
  expect(await stockOf(bolt)).toBe('3.5')

  // Completing a shipped order is no new shipment; cancelling reverses what moved.
  await api.rest('PATCH', `/sales-orders/${order.id}`, { token: rep }, { status: 'completed' })
  expect(await stockOf(bolt)).toBe('3.5')
  await api.rest('PATCH', `/sales-orders/${order.id}`, { token: rep }, { status: 'cancelled' })
  expect(await stockOf(bolt)).toBe('10')
  expect(await stockOf(nut)).toBe('100')
  expect((await movesOf(bolt)).at(-1)).toMatchObject({ kind: 'shipment-reversal', quantity: '6.5' })
  expect(await ledgerSum(bolt)).toBe('10')
  expect(await ledgerSum(nut)).toBe('100')
})

it('a received purchase order brings goods in; reopening it takes them out again', async () => {
  const gear = await product('GEAR', '0')
  const po = (
    await api.rest(
      'POST',
      '/purchase-orders',
      { token: admin },
      { vendor, status: 'ordered', items: [{ product: gear, quantity: '12.25', unitPrice: '2.00' }] },
    )
  ).body.doc
  expect(await stockOf(gear)).toBe('0')
  await api.rest('PATCH', `/purchase-orders/${po.id}`, { token: admin }, { status: 'received' })
  expect(await stockOf(gear)).toBe('12.25')
  expect((await movesOf(gear)).at(-1)).toMatchObject({ kind: 'receipt', quantity: '12.25' })
  await api.rest('PATCH', `/purchase-orders/${po.id}`, { token: admin }, { status: 'ordered' })
  expect(await stockOf(gear)).toBe('0')
  expect((await movesOf(gear)).at(-1)).toMatchObject({ kind: 'receipt-reversal', quantity: '-12.25' })
})

it('orders shipped at the same time all count: no shipment overwrites another', async () => {
  const chip = await product('CHIP', '1000')
  const orders = []
  for (let i = 1; i <= 8; i++)
    orders.push(
      (
        await api.rest(
          'POST',
          '/sales-orders',
          { token: rep },
          { account, status: 'confirmed', items: [{ product: chip, quantity: String(i), unitPrice: '1.00' }] },
        )
      ).body.doc.id,
    )
  const results = await Promise.all(
    orders.map((id) => api.rest('PATCH', `/sales-orders/${id}`, { token: rep }, { status: 'shipped' })),
  )
  expect(results.map((r) => r.status)).toEqual(orders.map(() => 200))
  expect(await stockOf(chip)).toBe(String(1000 - 36)) // 1 + 2 + … + 8
  expect(await ledgerSum(chip)).toBe('964')
})

it('a stock figure typed by hand is recorded as an adjustment; nonsense is refused naming the field', async () => {
  const cable = await product('CABLE', '7')
  expect((await movesOf(cable))[0]).toMatchObject({ kind: 'opening', quantity: '7' })
  await api.rest('PATCH', `/products/${cable}`, { token: admin }, { stock: '4.5' })
  expect((await movesOf(cable)).at(-1)).toMatchObject({ kind: 'adjustment', quantity: '-2.5', stockAfter: '4.5' })

  const bad = await api.rest('PATCH', `/products/${cable}`, { token: admin }, { stock: 'lots' })
  expect(bad.status).toBe(400)
  expect(bad.body.errors[0].data.errors[0].path).toBe('stock')
  expect(await stockOf(cable)).toBe('4.5')
})

it('the ledger is written by the server only and read within the tenant', async () => {
  const cog = await product('COG', '3')
  const forged = await api.rest('POST', '/stock-moves', { token: admin }, { product: cog, quantity: '100', kind: 'adjustment' })
  expect(forged.status).toBe(403)
  const list = await api.rest('GET', `/stock-moves?where[product][equals]=${cog}`, { token: rep })
  expect(list.body.totalDocs).toBe(1)
  const other = await createTenant(payload, 'stock-other')
  const outsider = await api.login(other.people.admin.email, PASSWORD)
  expect((await api.rest('GET', `/stock-moves?where[product][equals]=${cog}`, { token: outsider })).body.totalDocs).toBe(0)
})
