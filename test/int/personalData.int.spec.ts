import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
const tokens: Record<string, string> = {}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'pd')
  other = await createTenant(payload, 'pd-other')
  // A privacy officer: the manager's role may manage personal data without being a tenant admin.
  await payload.update({ collection: 'roles', id: t.roles.manager, data: { managePersonalData: true }, overrideAccess: true })
  for (const who of ['admin', 'manager', 'repRoot'] as const) tokens[who] = await api.login(t.people[who].email, PASSWORD)
  tokens.otherAdmin = await api.login(other.people.admin.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const as = (who: string) => ({ token: tokens[who], headers: { 'accept-language': 'en' } })
const stored = (collection: string, id: Id) =>
  payload.findByID({ collection, id, overrideAccess: true, depth: 0, trash: true }) as Promise<Record<string, any>>

type Person = {
  name: string
  mobile: string
  phone: string
  email: string
  lead: Id
  contact: Id
  account: Id
  opportunity: Id
  activity: Id
  note: Id
  task: Id
  email1: Id
  unrelatedEmail: Id
}

/**
 * A person as a CRM comes to hold one: a lead without a company (so the account is the person),
 * converted with an opportunity, then followed up, written to and edited.
 */
async function person(key: string): Promise<Person> {
  const p = {
    name: `王小明${key}`,
    mobile: `1381234${key.padStart(4, '0')}`,
    phone: '010-62345678',
    email: `wxm${key}@example.com`,
  }
  const lead = await api.rest('POST', '/leads', as('repRoot'), {
    ...p,
    title: '采购经理',
    description: `${p.name} met us at the fair`,
    consent: { email: { allowed: true, method: 'web-form', recordedAt: '2026-01-05T10:00:00.000Z' } },
  })
  expect(lead.status, JSON.stringify(lead.body)).toBe(201)
  const converted = await api.rest('POST', `/leads/${lead.body.doc.id}/convert`, as('repRoot'), {
    opportunity: { amount: '5000.00' },
  })
  expect(converted.status, JSON.stringify(converted.body)).toBe(201)
  const { account, contact, opportunity } = converted.body
  const edit = await api.rest('PATCH', `/contacts/${contact}`, as('repRoot'), {
    birthday: '1990-03-04T00:00:00.000Z',
    assistant: '李助理',
    consent: { email: { allowed: false, method: 'email', recordedAt: '2026-02-01T10:00:00.000Z' } },
  })
  expect(edit.status, JSON.stringify(edit.body)).toBe(200)
  // An account edit leaves a version with the person's number in it.
  await api.rest('PATCH', `/accounts/${account}`, as('repRoot'), { phone: p.mobile, grade: null })
  const make = async (collection: string, data: Record<string, unknown>) => {
    const res = await api.rest('POST', `/${collection}`, as('repRoot'), data)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.id as Id
  }
  const activity = await make('activities', {
    subject: 'First call',
    type: 'call',
    relatedTo: { relationTo: 'contacts', value: contact },
    contacts: [contact],
  })
  const note = await make('notes', {
    title: 'Fair',
    body: 'Interested in volume prices',
    relatedTo: { relationTo: 'leads', value: lead.body.doc.id },
  })
  const task = await make('tasks', { subject: 'Send the offer', relatedTo: { relationTo: 'contacts', value: contact } })
  const mail = (to: string, subject: string) =>
    payload.create({
      collection: 'outbox',
      data: { tenant: t.id, to, subject, text: `${subject}.`, status: 'kept' },
      overrideAccess: true,
    })
  const email1 = (await mail(`"${p.name}" <${p.email.toUpperCase()}>, boss@example.com`, `Your offer, ${p.name}`)).id
  const unrelatedEmail = (await mail(`someone.else${key}@example.com`, `Newsletter ${key}`)).id
  return { ...p, lead: lead.body.doc.id, contact, account, opportunity, activity, note, task, email1, unrelatedEmail }
}

const identifying = (p: Person) => [p.name, p.mobile, p.email]

describe('export', () => {
  it('is one JSON download of the person’s records, consent with its history, related records, emails and audit trail', async () => {
    const p = await person('1')
    const res = await api.rest('GET', `/personal-data/contacts/${p.contact}/export`, as('admin'))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="personal-data-contacts-${p.contact}.json"`)
    const doc = res.body
    expect(doc.subject).toEqual({ collection: 'contacts', id: p.contact })
    const byCollection = Object.fromEntries(doc.people.map((r: any) => [r.collection, r]))
    expect(byCollection.contacts.record).toMatchObject({ name: p.name, mobile: p.mobile, email: p.email, assistant: '李助理' })
    expect(byCollection.leads.record).toMatchObject({ name: p.name, description: `${p.name} met us at the fair` })
    expect(byCollection.contacts.consent.email).toMatchObject({ allowed: false, method: 'email' })
    // Consent as converted, then withdrawn by email: both steps are in the history.
    expect(byCollection.contacts.consentHistory.map((h: any) => h.after?.email?.allowed)).toEqual([true, false])
    expect(byCollection.contacts.history.map((h: any) => h.action)).toEqual(['create', 'update'])
    const ids = (collection: string) => (doc.related[collection] ?? []).map((r: any) => String(r.id))
    expect(ids('activities')).toEqual([String(p.activity)])
    expect(ids('notes')).toEqual([String(p.note)])
    expect(ids('tasks')).toEqual([String(p.task)])
    expect(ids('opportunities')).toEqual([String(p.opportunity)])
    expect(ids('accounts')).toEqual([String(p.account)])
    expect(doc.emails.map((e: any) => String(e.id))).toEqual([String(p.email1)])

    const log = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'export' } }, { recordId: { equals: String(p.contact) } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(log.docs).toHaveLength(1)
    expect(String(log.docs[0].user)).toBe(String(t.people.admin.id))
    expect(log.docs[0].entity).toBe('contacts')
  })

  it('starting from the lead reaches the same person', async () => {
    const p = await person('2')
    const res = await api.rest('GET', `/personal-data/leads/${p.lead}/export`, as('manager'))
    expect(res.status).toBe(200)
    expect(res.body.people.map((r: any) => `${r.collection}:${r.id}`).sort()).toEqual(
      [`contacts:${p.contact}`, `leads:${p.lead}`].sort(),
    )
  })
})

describe('who may', () => {
  it('a rep without the permission gets 403; another tenant’s admin gets 404; nothing is changed or logged', async () => {
    const p = await person('3')
    const before = await stored('contacts', p.contact)
    const exports = async () =>
      (await payload.count({ collection: 'audit-log', where: { action: { in: ['export', 'erase'] } }, overrideAccess: true }))
        .totalDocs
    const logged = await exports()
    const rep = await api.rest('GET', `/personal-data/contacts/${p.contact}/export`, as('repRoot'))
    expect(rep.status).toBe(403)
    expect(rep.body.errors[0].message).toMatch(/tenant admins/)
    expect((await api.rest('POST', `/personal-data/contacts/${p.contact}/erase`, as('repRoot'), { reason: 'x' })).status).toBe(
      403,
    )
    for (const path of [`/personal-data/contacts/${p.contact}/export`, `/personal-data/leads/${p.lead}/export`])
      expect((await api.rest('GET', path, as('otherAdmin'))).status).toBe(404)
    expect((await api.rest('POST', `/personal-data/contacts/${p.contact}/erase`, as('otherAdmin'), { reason: 'x' })).status).toBe(
      404,
    )
    expect((await api.rest('GET', `/personal-data/accounts/${p.account}/export`, as('admin'))).status).toBe(404)
    expect(await stored('contacts', p.contact)).toEqual(before)
    expect(await exports()).toBe(logged)
  })

  it('an erasure needs a reason', async () => {
    const p = await person('4')
    const res = await api.rest('POST', `/personal-data/contacts/${p.contact}/erase`, as('admin'), { reason: '  ' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('reason')
    expect((await stored('contacts', p.contact)).name).toBe(p.name)
  })
})

describe('erasure', () => {
  it('anonymises the person everywhere and keeps the business records and figures, linked', async () => {
    const p = await person('5')
    const bystander = await person('6')
    const res = await api.rest('POST', `/personal-data/leads/${p.lead}/erase`, as('admin'), {
      reason: 'Request by phone, 2026-11-20',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.alreadyErased).toBe(false)
    expect(res.body.erased.map((e: any) => e.collection).sort()).toEqual(['contacts', 'leads'])

    const contact = await stored('contacts', p.contact)
    expect(contact).toMatchObject({
      name: `Erased person #${p.contact}`,
      mobile: null,
      phone: null,
      email: null,
      assistant: null,
      birthday: null,
      title: null,
    })
    expect(contact.erasedAt).toBeTruthy()
    expect(contact.consent.email.allowed).toBe(false)
    expect(contact.consent.phone.allowed).toBe(false)
    expect(String(contact.account)).toBe(String(p.account))
    expect(String(contact.owner)).toBe(String(t.people.repRoot.id))
    const lead = await stored('leads', p.lead)
    expect(lead).toMatchObject({
      name: `Erased person #${p.lead}`,
      mobile: null,
      email: null,
      description: null,
      status: 'converted',
    })

    // Business figures stay, linked to the anonymous person.
    const opportunity = await stored('opportunities', p.opportunity)
    expect(opportunity.amount).toBe('5000.00')
    expect(String(opportunity.contact)).toBe(String(p.contact))
    expect(opportunity.name).not.toContain(p.name)
    const account = await stored('accounts', p.account)
    expect(account).toMatchObject({ phone: null, email: null })
    expect(account.name).not.toContain(p.name)
    for (const [collection, id] of [
      ['activities', p.activity],
      ['notes', p.note],
      ['tasks', p.task],
    ] as const)
      expect(await stored(collection, id)).toBeTruthy()

    // Nothing of the person is left in the record's versions, the audit trail or the outbox.
    const versions = await payload.findVersions({
      collection: 'accounts',
      where: { parent: { equals: p.account } },
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.docs.length).toBeGreaterThan(1)
    const trail = await payload.find({
      collection: 'audit-log',
      where: { tenant: { equals: t.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const outbox = await payload.find({ collection: 'outbox', pagination: false, depth: 0, overrideAccess: true })
    const everything = JSON.stringify([versions.docs, trail.docs, outbox.docs, contact, lead, account, opportunity]).toLowerCase()
    for (const value of identifying(p)) {
      const at = everything.indexOf(value.toLowerCase())
      expect(at, everything.slice(Math.max(0, at - 300), at + 100)).toBe(-1)
    }
    // … while another person's data is untouched.
    for (const value of identifying(bystander)) expect(everything).toContain(value.toLowerCase())
    expect((await stored('outbox', bystander.email1)).to).toContain(bystander.email.toUpperCase())

    const mail = await stored('outbox', p.email1)
    expect(mail.to).toBe('[erased], boss@example.com')
    expect(mail.text).toBeNull()
    expect((await stored('outbox', p.unrelatedEmail)).subject).toBe('Newsletter 5')

    // The erasure is logged, with its reason and the fields erased, never their values.
    const erase = trail.docs.filter(
      (d) => d.action === 'erase' && d.entity === 'contacts' && String(d.recordId) === String(p.contact),
    )
    expect(erase).toHaveLength(1)
    expect(erase[0]).toMatchObject({ entity: 'contacts', reason: 'Request by phone, 2026-11-20' })
    expect((erase[0].changes as { field: string }[]).map((c) => c.field)).toContain('mobile')

    // An export afterwards holds nothing personal.
    const after = await api.rest('GET', `/personal-data/contacts/${p.contact}/export`, as('admin'))
    expect(after.status).toBe(200)
    for (const value of identifying(p)) expect(JSON.stringify(after.body).toLowerCase()).not.toContain(value.toLowerCase())
  })

  it('is all or nothing: a failure at the last step leaves the record, its trail, versions and emails as they were', async () => {
    const p = await person('8')
    const snapshot = async () => ({
      contact: await stored('contacts', p.contact),
      lead: await stored('leads', p.lead),
      account: await stored('accounts', p.account),
      opportunity: await stored('opportunities', p.opportunity),
      mail: await stored('outbox', p.email1),
      versions: (
        await payload.findVersions({
          collection: 'accounts',
          where: { parent: { equals: p.account } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs,
      trail: (await payload.find({ collection: 'audit-log', pagination: false, depth: 0, sort: 'id', overrideAccess: true }))
        .docs,
    })
    const before = await snapshot()
    // The erasure's own audit entry is written last; a reason longer than the trail keeps fails it there.
    const res = await api.rest('POST', `/personal-data/contacts/${p.contact}/erase`, as('admin'), { reason: 'x'.repeat(1001) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toContain('reason')
    expect(await snapshot()).toEqual(before)
  })

  it('a second erasure is harmless: it reports the person erased and writes nothing', async () => {
    const p = await person('7')
    expect(
      (await api.rest('POST', `/personal-data/contacts/${p.contact}/erase`, as('manager'), { reason: 'Request' })).status,
    ).toBe(200)
    const entries = (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    const contact = await stored('contacts', p.contact)
    const again = await api.rest('POST', `/personal-data/contacts/${p.contact}/erase`, as('admin'), { reason: 'Again' })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ alreadyErased: true, erased: [] })
    expect((await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs).toBe(entries)
    expect(await stored('contacts', p.contact)).toEqual(contact)
  })

  it('erasing a contact that works at a company keeps the company, clearing only the person’s number copied there', async () => {
    const account = await payload.create({
      collection: 'accounts',
      data: {
        tenant: t.id,
        name: '杭州饮料有限公司',
        phone: '0571-88001234',
        email: 'info@hz-drinks.cn',
        owner: t.people.repRoot.id,
      },
      overrideAccess: true,
    })
    const contact = await api.rest('POST', '/contacts', as('repRoot'), {
      name: '陈静',
      account: account.id,
      mobile: '13900001111',
      phone: '0571-88001234',
      email: 'cj@hz-drinks.cn',
    })
    expect(contact.status, JSON.stringify(contact.body)).toBe(201)
    const res = await api.rest('POST', `/personal-data/contacts/${contact.body.doc.id}/erase`, as('admin'), {
      reason: 'Left the company',
    })
    expect(res.status).toBe(200)
    expect(res.body.erased).toEqual([{ collection: 'contacts', id: contact.body.doc.id }])
    // The switchboard number was the person's too: it goes; the company and its email stay.
    expect(await stored('accounts', account.id)).toMatchObject({
      name: '杭州饮料有限公司',
      phone: null,
      email: 'info@hz-drinks.cn',
    })
  })
})
