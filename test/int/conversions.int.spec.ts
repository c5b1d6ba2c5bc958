import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let token: string

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'conv')
  token = await api.login(t.people.repRoot.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const count = async (collection: string) => (await payload.count({ collection, overrideAccess: true })).totalDocs
const lead = async (data: Record<string, unknown> = {}) =>
  (
    await api.rest(
      'POST',
      '/leads',
      { token },
      { name: '王芳', company: '杭州饮料有限公司', mobile: '13800000001', email: 'wf@example.cn', source: 'web', ...data },
    )
  ).body.doc

describe('lead conversion', () => {
  it('creates an account, a contact and an opportunity, linked both ways, and marks the lead converted', async () => {
    const l = await lead({ consent: { sms: { allowed: true, method: 'written' } } })
    const res = await api.rest(
      'POST',
      `/leads/${l.id}/convert`,
      { token },
      { opportunity: { name: '年度饮料采购', amount: '128000.00' } },
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const account = await payload.findByID({ collection: 'accounts', id: res.body.account, overrideAccess: true, depth: 0 })
    const contact = await payload.findByID({ collection: 'contacts', id: res.body.contact, overrideAccess: true, depth: 0 })
    const opportunity = await payload.findByID({
      collection: 'opportunities',
      id: res.body.opportunity,
      overrideAccess: true,
      depth: 0,
    })
    expect(account).toMatchObject({ name: '杭州饮料有限公司', email: 'wf@example.cn', source: 'web' })
    expect(String(account.owner)).toBe(String(t.people.repRoot.id))
    expect(contact).toMatchObject({ name: '王芳', mobile: '13800000001', isPrimary: true })
    expect(contact.consent.sms).toMatchObject({ allowed: true, method: 'written' })
    expect(String(contact.account)).toBe(String(account.id))
    expect(opportunity).toMatchObject({ name: '年度饮料采购', amount: '128000.00' })
    expect(String(opportunity.contact)).toBe(String(contact.id))
    const converted = await payload.findByID({ collection: 'leads', id: l.id, overrideAccess: true, depth: 0 })
    expect(converted.status).toBe('converted')
    expect(converted.convertedAt).toBeTruthy()
    expect([converted.convertedAccount, converted.convertedContact, converted.convertedOpportunity].map(String)).toEqual(
      [account.id, contact.id, opportunity.id].map(String),
    )
  })

  it('converting twice is refused with 409 and creates nothing more', async () => {
    const l = await lead({ company: 'Twice Ltd' })
    expect((await api.rest('POST', `/leads/${l.id}/convert`, { token }, {})).status).toBe(201)
    const accounts = await count('accounts')
    const again = await api.rest('POST', `/leads/${l.id}/convert`, { token, headers: { 'accept-language': 'en' } }, {})
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/already been converted/)
    expect(await count('accounts')).toBe(accounts)
  })

  it('two conversions of one lead at once: exactly one wins', async () => {
    const l = await lead({ company: 'Race Ltd' })
    const results = await Promise.all([1, 2, 3].map(() => api.rest('POST', `/leads/${l.id}/convert`, { token }, {})))
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409])
    expect(
      (await payload.find({ collection: 'accounts', where: { name: { equals: 'Race Ltd' } }, overrideAccess: true })).totalDocs,
    ).toBe(1)
  })

  it('a failure half-way leaves no account, no contact and the lead unconverted', async () => {
    const l = await lead({ company: 'Half Way Ltd' })
    const before = { accounts: await count('accounts'), contacts: await count('contacts'), audit: await count('audit-log') }
    const res = await api.rest('POST', `/leads/${l.id}/convert`, { token }, { opportunity: { name: 'Bad', amount: 'twelve' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('amount')
    expect({ accounts: await count('accounts'), contacts: await count('contacts'), audit: await count('audit-log') }).toEqual(
      before,
    )
    const stored = await payload.findByID({ collection: 'leads', id: l.id, overrideAccess: true, depth: 0 })
    expect(stored.status).toBe('new')
    expect(stored.convertedAccount ?? null).toBeNull()
  })
})

describe('quote → sales order → invoice, and purchase orders', () => {
  it('copies the lines, recomputes the same totals and links each step both ways', async () => {
    const account = (await api.rest('POST', '/accounts', { token }, { name: '苏州电子有限公司' })).body.doc.id
    const q = await api.rest(
      'POST',
      '/quotes',
      { token },
      {
        account,
        items: [
          { quantity: 3, unitPrice: '19.99', taxRate: 13 },
          { quantity: 1, unitPrice: '0.30' },
        ],
      },
    )
    const order = await api.rest('POST', `/quotes/${q.body.doc.id}/convert-to-order`, { token }, {})
    expect(order.status, JSON.stringify(order.body)).toBe(201)
    const so = await payload.findByID({ collection: 'sales-orders', id: order.body.id, overrideAccess: true, depth: 0 })
    expect(so).toMatchObject({ subtotal: '60.27', tax: '7.80', total: '68.07' })
    expect(String(so.quote)).toBe(String(q.body.doc.id))
    expect(
      String((await payload.findByID({ collection: 'quotes', id: q.body.doc.id, overrideAccess: true, depth: 0 })).salesOrder),
    ).toBe(String(so.id))
    expect((await api.rest('POST', `/quotes/${q.body.doc.id}/convert-to-order`, { token }, {})).status).toBe(409)

    const invoice = await api.rest('POST', `/sales-orders/${so.id}/convert-to-invoice`, { token }, {})
    expect(invoice.status).toBe(201)
    const inv = await payload.findByID({ collection: 'invoices', id: invoice.body.id, overrideAccess: true, depth: 0 })
    expect(inv).toMatchObject({ total: '68.07' })
    expect(String(inv.salesOrder)).toBe(String(so.id))
    expect(inv.items).toHaveLength(2)
  })

  it('simultaneous conversions of one quote make exactly one order, and of one order exactly one invoice', async () => {
    const account = (await api.rest('POST', '/accounts', { token }, { name: 'Race Orders Ltd' })).body.doc.id
    for (let round = 0; round < 5; round++) {
      const q = (await api.rest('POST', '/quotes', { token }, { account, items: [{ quantity: 1, unitPrice: '10.00' }] })).body.doc
      const orders = await Promise.all(
        [1, 2, 3, 4].map(() =>
          api.rest('POST', `/quotes/${q.id}/convert-to-order`, { token, headers: { 'accept-language': 'en' } }, {}),
        ),
      )
      expect(orders.map((r) => r.status).sort(), JSON.stringify(orders.map((r) => r.body))).toEqual([201, 409, 409, 409])
      for (const loser of orders.filter((r) => r.status === 409))
        expect(loser.body.errors[0].message).toBe('This document has already been converted.')
      const made = await payload.find({ collection: 'sales-orders', where: { quote: { equals: q.id } }, overrideAccess: true })
      expect(made.docs.map((o) => String(o.id))).toEqual([String(orders.find((r) => r.status === 201)?.body.id)])
      const stored = await payload.findByID({ collection: 'quotes', id: q.id, overrideAccess: true, depth: 0 })
      expect(String(stored.salesOrder)).toBe(String(made.docs[0].id))

      const invoices = await Promise.all(
        [1, 2, 3, 4].map(() => api.rest('POST', `/sales-orders/${made.docs[0].id}/convert-to-invoice`, { token }, {})),
      )
      expect(invoices.map((r) => r.status).sort()).toEqual([201, 409, 409, 409])
      const raised = await payload.find({
        collection: 'invoices',
        where: { salesOrder: { equals: made.docs[0].id } },
        overrideAccess: true,
      })
      expect(raised.docs.map((i) => String(i.id))).toEqual([String(invoices.find((r) => r.status === 201)?.body.id)])
      const order = await payload.findByID({ collection: 'sales-orders', id: made.docs[0].id, overrideAccess: true, depth: 0 })
      expect(String(order.invoice)).toBe(String(raised.docs[0].id))
    }
  })

  it('a converted quote keeps its order: the link cannot be pointed at another one', async () => {
    const account = (await api.rest('POST', '/accounts', { token }, { name: 'Relink Ltd' })).body.doc.id
    const q = (await api.rest('POST', '/quotes', { token }, { account, items: [{ quantity: 1, unitPrice: '5.00' }] })).body.doc
    const first = await api.rest('POST', `/quotes/${q.id}/convert-to-order`, { token }, {})
    const other = (await api.rest('POST', '/sales-orders', { token }, { account, items: [{ quantity: 1, unitPrice: '5.00' }] }))
      .body.doc
    const relink = await api.rest(
      'PATCH',
      `/quotes/${q.id}`,
      { token, headers: { 'accept-language': 'zh' } },
      { salesOrder: other.id },
    )
    expect(relink.status).toBe(409)
    expect(relink.body.errors[0].message).toBe('该单据已经转换过了。')
    const stored = await payload.findByID({ collection: 'quotes', id: q.id, overrideAccess: true, depth: 0 })
    expect(String(stored.salesOrder)).toBe(String(first.body.id))
  })

  it('a sales order raises one purchase order per vendor, at cost, and lists lines without a vendor', async () => {
    const mk = async (collection: string, data: Record<string, unknown>) =>
      (await payload.create({ collection, data: { tenant: t.id, ...data }, overrideAccess: true })).id
    const v1 = await mk('vendors', { name: '杭州茶厂', owner: t.people.repRoot.id })
    const v2 = await mk('vendors', { name: '宁波包装', owner: t.people.repRoot.id })
    const tea = await mk('products', { code: 'T1', name: '龙井', vendor: v1, salePrice: '100.00', costPrice: '60.00' })
    const box = await mk('products', { code: 'B1', name: '礼盒', vendor: v2, salePrice: '20.00', costPrice: '8.50' })
    const service = await mk('products', { code: 'S1', name: '配送服务', salePrice: '10.00' })
    const account = (await api.rest('POST', '/accounts', { token }, { name: 'PO Ltd' })).body.doc.id
    const so = await api.rest(
      'POST',
      '/sales-orders',
      { token },
      {
        account,
        items: [
          { product: tea, quantity: 2, unitPrice: '100.00' },
          { product: box, quantity: 2, unitPrice: '20.00' },
          { product: service, quantity: 1, unitPrice: '10.00' },
        ],
      },
    )
    const res = await api.rest('POST', `/sales-orders/${so.body.doc.id}/purchase-orders`, { token }, {})
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.withoutVendor).toEqual([2])
    const pos = await payload.find({
      collection: 'purchase-orders',
      where: { salesOrder: { equals: so.body.doc.id } },
      overrideAccess: true,
      depth: 0,
      sort: 'total',
    })
    expect(pos.docs.map((p) => [String(p.vendor), p.total])).toEqual([
      [String(v2), '17.00'],
      [String(v1), '120.00'],
    ])
  })
})
