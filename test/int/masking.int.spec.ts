import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}
let accountId: Id
let contactId: Id

const REAL = { mobile: '13812345678', phone: '010-62345678', email: 'zhang.san@example.com' }
const MASKED = { mobile: '138****5678', phone: '010-****5678', email: 'z***@example.com' }

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'mask')
  // Sales reps see customers' numbers masked; a second role without the flag shows them in full.
  await payload.update({ collection: 'roles', id: t.roles.sales, data: { maskPersonalData: true }, overrideAccess: true })
  const reader = await payload.create({
    collection: 'roles',
    data: {
      tenant: t.id,
      key: 'reader',
      name: 'Reader',
      permissions: [{ collection: 'contacts', actions: ['read'], scope: 'all' }],
    },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: t.people.repChild.id,
    data: { memberships: [{ tenant: t.id, roles: [t.roles.sales, reader.id], department: t.departments.child }] },
    overrideAccess: true,
  })
  const owned = { tenant: t.id, owner: t.people.repRoot.id, department: t.departments.root }
  accountId = (
    await payload.create({
      collection: 'accounts',
      data: { ...owned, name: '北京示例科技', phone: REAL.phone, email: 'info@example.com' },
      overrideAccess: true,
    })
  ).id
  contactId = (
    await payload.create({
      collection: 'contacts',
      data: { ...owned, name: '张三', account: accountId, ...REAL },
      overrideAccess: true,
    })
  ).id
  await payload.create({
    collection: 'opportunities',
    data: { ...owned, name: 'Fleet renewal', account: accountId, contact: contactId, amount: '880.00' },
    overrideAccess: true,
  })
  for (const who of ['repRoot', 'repChild', 'manager', 'admin'] as const)
    tokens[who] = await api.login(t.people[who].email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const as = (who: string) => ({ token: tokens[who], headers: { 'accept-language': 'en' } })
const stored = (collection: string, id: Id) =>
  payload.findByID({ collection, id, overrideAccess: true, depth: 0 }) as Promise<Record<string, any>>

describe('masked reads', () => {
  it('REST lists and reads show a masked role mobiles, phones and emails masked, enough to recognise', async () => {
    const list = await api.rest('GET', '/contacts?limit=10&depth=0', as('repRoot'))
    expect(list.status).toBe(200)
    expect(list.body.docs.find((d: any) => String(d.id) === String(contactId))).toMatchObject({ name: '张三', ...MASKED })
    expect((await api.rest('GET', `/contacts/${contactId}`, as('repRoot'))).body).toMatchObject(MASKED)
    const account = await api.rest('GET', `/accounts/${accountId}`, as('repRoot'))
    expect(account.body).toMatchObject({ phone: MASKED.phone, email: 'i***@example.com' })
    // Through a populated relation, and in the stored versions, too.
    const opportunities = await api.rest('GET', '/opportunities?depth=1', as('repRoot'))
    expect(opportunities.body.docs[0].contact).toMatchObject(MASKED)
    const versions = await api.rest('GET', `/accounts/versions?where[parent][equals]=${accountId}`, as('repRoot'))
    expect(versions.status).toBe(200)
    expect(versions.body.docs.length).toBeGreaterThan(0)
    for (const v of versions.body.docs) expect(v.version.phone).toBe(MASKED.phone)
  })

  it('GraphQL lists and reads are masked the same way', async () => {
    const res = await api.graphql(
      `query($id: ${typeof contactId === 'number' ? 'Int' : 'String'}!) {
        Contacts { docs { id mobile phone email } }
        Contact(id: $id) { mobile email }
      }`,
      { id: contactId },
      as('repRoot'),
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Contacts.docs[0]).toMatchObject(MASKED)
    expect(res.body.data.Contact).toEqual({ mobile: MASKED.mobile, email: MASKED.email })
  })

  it('the Local API with a masked user masks; server code that overrides access sees the real values', async () => {
    const user = await payload.findByID({ collection: 'users', id: t.people.repRoot.id, overrideAccess: true })
    const asUser = await payload.findByID({
      collection: 'contacts',
      id: contactId,
      overrideAccess: false,
      user: { ...user, collection: 'users' },
    })
    expect(asUser).toMatchObject(MASKED)
    expect(await stored('contacts', contactId)).toMatchObject(REAL)
  })

  it('full view wins: a manager, an admin and a rep holding any role without the flag see full values', async () => {
    for (const who of ['manager', 'admin', 'repChild']) {
      const res = await api.rest('GET', `/contacts/${contactId}`, as(who))
      expect(res.status, who).toBe(200)
      expect(res.body, who).toMatchObject(REAL)
    }
  })

  it('the record’s history shows a masked role masked values', async () => {
    await payload.update({ collection: 'contacts', id: contactId, data: { phone: '010-62340000' }, overrideAccess: true })
    const history = await api.rest('GET', `/audit-log/record/contacts/${contactId}`, as('repRoot'))
    expect(history.status).toBe(200)
    const phoneChange = history.body.docs
      .flatMap((e: any) => e.changes)
      .find((c: any) => c.field === 'phone' && c.after === '010-****0000')
    expect(phoneChange).toMatchObject({ before: MASKED.phone })
    expect(JSON.stringify(history.body)).not.toContain(REAL.mobile)
    // The admin reading the same history sees the real values.
    const admin = await api.rest('GET', `/audit-log/record/contacts/${contactId}`, as('admin'))
    expect(JSON.stringify(admin.body)).toContain(REAL.mobile)
    await payload.update({ collection: 'contacts', id: contactId, data: { phone: REAL.phone }, overrideAccess: true })
  })
})

describe('masked writes', () => {
  it('saving the form with the masked values keeps the stored ones, and the trail records only the real change', async () => {
    const res = await api.rest('PATCH', `/contacts/${contactId}`, as('repRoot'), { ...MASKED, title: '采购总监' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc).toMatchObject({ ...MASKED, title: '采购总监' })
    expect(await stored('contacts', contactId)).toMatchObject({ ...REAL, title: '采购总监' })
    const last = await payload.find({
      collection: 'audit-log',
      where: { and: [{ entity: { equals: 'contacts' } }, { recordId: { equals: String(contactId) } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect((last.docs[0].changes as { field: string }[]).map((c) => c.field)).toEqual(['title'])
  })

  it('an edited mask is refused with the field named; a new value typed in full is saved', async () => {
    const edited = await api.rest('PATCH', `/contacts/${contactId}`, as('repRoot'), { mobile: '138****5679' })
    expect(edited.status).toBe(400)
    expect(edited.body.errors[0].data.errors[0]).toMatchObject({ path: 'mobile', message: expect.stringMatching(/masked/) })
    expect((await stored('contacts', contactId)).mobile).toBe(REAL.mobile)
    const typed = await api.rest('PATCH', `/contacts/${contactId}`, as('repRoot'), { mobile: '13900001111' })
    expect(typed.status).toBe(200)
    expect(typed.body.doc.mobile).toBe('139****1111')
    expect((await stored('contacts', contactId)).mobile).toBe('13900001111')
    await payload.update({ collection: 'contacts', id: contactId, data: { mobile: REAL.mobile }, overrideAccess: true })
  })

  it('a lead converted by a masked rep hands the real numbers to the new contact', async () => {
    const lead = await api.rest('POST', '/leads', as('repRoot'), {
      name: '李四',
      company: '李四贸易',
      mobile: '13700001234',
      email: 'li.si@example.com',
    })
    expect(lead.status).toBe(201)
    expect(lead.body.doc.mobile).toBe('137****1234')
    const converted = await api.rest('POST', `/leads/${lead.body.doc.id}/convert`, as('repRoot'), {})
    expect(converted.status, JSON.stringify(converted.body)).toBe(201)
    expect(await stored('contacts', converted.body.contact)).toMatchObject({ mobile: '13700001234', email: 'li.si@example.com' })
  })
})

describe('masked searches', () => {
  it.each([
    ['like', '/contacts?where[mobile][like]=1381'],
    ['contains', '/contacts?where[email][contains]=zhang'],
    ['in', '/contacts?where[mobile][in]=13812345678,13812345679'],
    ['greater_than', '/contacts?where[phone][greater_than]=010-6'],
    ['sort', '/contacts?sort=-mobile'],
    ['a nested or', '/contacts?where[or][0][name][equals]=x&where[or][1][mobile][like]=138'],
    ['a relation path', '/opportunities?where[contact.mobile][like]=1381'],
    ['a count', '/contacts/count?where[mobile][like]=1381'],
  ])('%s on a masked field is refused for a masked role (400, the field named)', async (_, path) => {
    const res = await api.rest('GET', path, as('repRoot'))
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toMatch(/mobile|email|phone/)
  })

  it('an exact lookup of a known number still works for a masked role; others search freely', async () => {
    const exact = await api.rest('GET', `/contacts?where[mobile][equals]=${REAL.mobile}`, as('repRoot'))
    expect(exact.status).toBe(200)
    expect(exact.body.docs.map((d: any) => String(d.id))).toEqual([String(contactId)])
    const manager = await api.rest('GET', '/contacts?where[mobile][like]=1381', as('manager'))
    expect(manager.status).toBe(200)
    expect(manager.body.docs.map((d: any) => String(d.id))).toContain(String(contactId))
  })

  it('GraphQL refuses the same searches', async () => {
    const res = await api.graphql('{ Contacts(where: { mobile: { like: "1381" } }) { docs { id } } }', {}, as('repRoot'))
    expect(res.body.errors?.[0]?.extensions?.statusCode).toBe(400)
  })
})
