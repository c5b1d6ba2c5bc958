import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let rep: string
let admin: string

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'pay')
  rep = await api.login(t.people.repRoot.email, PASSWORD)
  admin = await api.login(t.people.admin.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const invoice = async (id: unknown) =>
  payload.findByID({ collection: 'invoices', id: id as number, overrideAccess: true, depth: 0 })

it('received payments set the invoice’s amount paid and paid state; planned ones do not; removing one undoes it', async () => {
  const account = (await api.rest('POST', '/accounts', { token: rep }, { name: '回款客户' })).body.doc.id
  const inv = (
    await api.rest(
      'POST',
      '/invoices',
      { token: rep },
      { account, status: 'issued', items: [{ quantity: 1, unitPrice: '113.00' }] },
    )
  ).body.doc
  expect(inv.total).toBe('113.00')
  await api.rest('POST', '/payments', { token: rep }, { kind: 'planned', invoice: inv.id, amount: '113.00' })
  expect(await invoice(inv.id)).toMatchObject({ status: 'issued' })

  const first = (await api.rest('POST', '/payments', { token: rep }, { kind: 'received', invoice: inv.id, amount: '50.00' })).body
    .doc
  expect(await invoice(inv.id)).toMatchObject({ status: 'partially-paid', amountPaid: '50.00' })
  await api.rest('POST', '/payments', { token: rep }, { kind: 'received', invoice: inv.id, amount: 63 })
  expect(await invoice(inv.id)).toMatchObject({ status: 'paid', amountPaid: '113.00' })

  expect((await api.rest('DELETE', `/payments/${first.id}`, { token: admin })).status).toBe(200)
  expect(await invoice(inv.id)).toMatchObject({ status: 'partially-paid', amountPaid: '63.00' })
})

it('a payment sent with its own If-Match version still updates the invoice', async () => {
  const account = (await api.rest('POST', '/accounts', { token: rep }, { name: '版本客户' })).body.doc.id
  const inv = (
    await api.rest(
      'POST',
      '/invoices',
      { token: rep },
      { account, status: 'issued', items: [{ quantity: 1, unitPrice: '10.00' }] },
    )
  ).body.doc
  const payment = (await api.rest('POST', '/payments', { token: rep }, { kind: 'received', invoice: inv.id, amount: '4.00' }))
    .body.doc
  const res = await api.rest(
    'PATCH',
    `/payments/${payment.id}`,
    { token: rep, headers: { 'if-match': payment.updatedAt } },
    { amount: '10.00' },
  )
  expect(res.status).toBe(200)
  expect(await invoice(inv.id)).toMatchObject({ status: 'paid', amountPaid: '10.00' })
})
