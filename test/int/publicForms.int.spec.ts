import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { hashAddress } from '../../src/publicForms/clientAddress'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Public forms: an admin publishes a lead capture; anonymous visitors fill it in. Records land in the
 * form's tenant with its fixed values and owner whatever the request says; errors come back per field in
 * the visitor's language; bots meet a honeypot and a rate limit counted in the database.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}

const EN = { 'accept-language': 'en' }
const labels = (en: string, zh: string) => ({ en, zh })
const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['interest'],
  properties: {
    interest: defineField('select', {
      label: labels('Interested in', '感兴趣的是'),
      options: [
        { value: 'demo', label: labels('A demo', '产品演示') },
        { value: 'quote', label: labels('A quote', '报价') },
      ],
    }),
    budget: { ...defineField('decimal', { label: labels('Budget', '预算') }), 'x-visibleWhen': "custom.interest == 'quote'" },
    channel: defineField('select', {
      options: [
        { value: 'web', label: labels('Web', '网站') },
        { value: 'phone', label: labels('Phone', '电话') },
      ],
    }),
    referrer: {
      ...defineField('text', { label: labels('How did you find us?', '您从哪里了解到我们？') }),
      'x-visibleWhen': "custom.channel == 'web'",
    },
    score: defineField('integer'),
    partner: defineField('lookup', { relationTo: 'accounts' }),
  },
}

const form = (tenant: TestTenant, slug: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'public-forms',
    data: {
      tenant: tenant.id,
      slug,
      entity: 'leads',
      titleZh: '联系我们',
      titleEn: 'Contact us',
      thankYouZh: '谢谢，我们会尽快联系您。',
      thankYouEn: 'Thanks, we will call you soon.',
      fields: [
        { field: 'name' },
        { field: 'email', required: true },
        { field: 'company' },
        { field: 'custom.interest' },
        { field: 'custom.budget' },
        { field: 'custom.referrer' },
      ],
      fixedValues: [
        { field: 'source', value: 'web' },
        { field: 'rating', value: 'warm' },
        { field: 'custom.channel', value: 'web' },
      ],
      recordOwner: tenant.people.repRoot.id,
      ...extra,
    },
    overrideAccess: true,
  })

let ip = 0
/** Each test speaks from its own address, so the rate limit of one never touches another. */
const nextAddress = () => `203.0.113.${++ip}`
const visitor = (address: string, language = 'en') => ({ headers: { 'x-forwarded-for': address, 'accept-language': language } })
const submit = (path: string, body: unknown, address = nextAddress(), language = 'en') =>
  api.rest('POST', `/forms/${path}`, visitor(address, language), body)
const errorsOf = (res: { body: any }) =>
  (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])
const leadsNamed = async (name: string) =>
  (await payload.find({ collection: 'leads', where: { name: { equals: name } }, overrideAccess: true, depth: 0 })).docs
const logOf = async (form: Id) =>
  (
    await payload.find({
      collection: 'public-form-submissions',
      where: { form: { equals: form } },
      sort: '-createdAt',
      overrideAccess: true,
      depth: 0,
      limit: 100,
    })
  ).docs
const valid = (name: string) => ({ values: { name, email: 'visitor@example.cn', custom: { interest: 'demo' } } })

let contactUs: { id: Id }

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'forms-a')
  b = await createTenant(payload, 'forms-b')
  tokens.admin = await api.login(a.people.admin.email, PASSWORD)
  tokens.rep = await api.login(a.people.repRoot.email, PASSWORD)
  tokens.bAdmin = await api.login(b.people.admin.email, PASSWORD)
  const draft = await api.rest('POST', '/entity-schemas', { token: tokens.admin, headers: EN }, { entity: 'leads', schema })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const published = await api.rest('POST', `/entity-schemas/${draft.body.doc.id}/publish`, { token: tokens.admin, headers: EN })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  contactUs = await form(a, 'contact-us')
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('the form definition', () => {
  it('tells the page only what it draws: shown fields, labels, rules and the fixed values those rules read', async () => {
    const res = await api.rest('GET', '/forms/forms-a/contact-us')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const definition = res.body
    expect(definition.tenant).toEqual({ slug: 'forms-a', name: 'Tenant forms-a', language: 'en' })
    expect(definition.form.title).toEqual({ zh: '联系我们', en: 'Contact us' })
    expect(definition.baseFields.map((f: { name: string; required: boolean }) => [f.name, f.required])).toEqual([
      ['name', true],
      ['email', true],
      ['company', false],
    ])
    expect(Object.keys(definition.schema.properties)).toEqual(['interest', 'budget', 'referrer'])
    expect(definition.schema.required).toEqual(['interest'])
    expect(definition.layout.tabs[0].sections[0].fields.map((f: { field: string }) => f.field)).toEqual([
      'name',
      'email',
      'company',
      'custom.interest',
      'custom.budget',
      'custom.referrer',
    ])
    // The referrer's rule reads the fixed channel; nothing else that is fixed is told.
    expect(definition.ruleValues).toEqual({ custom: { channel: 'web' } })
    const text = JSON.stringify(definition)
    for (const secret of ['warm', 'score', 'partner', 'recordOwner', 'rateLimit', 'x-permissions'])
      expect(text).not.toContain(secret)
    // No record's id either (the layout's own ids are words).
    expect(text).not.toMatch(/"id":\s*"?\d/)
  })

  it('adds the fields every record needs when the form leaves them out, and drops what cannot be shown', async () => {
    const bare = await form(a, 'bare', { fields: [{ field: 'company' }] })
    const res = await api.rest('GET', '/forms/forms-a/bare')
    expect(res.body.layout.tabs[0].sections[0].fields.map((f: { field: string }) => f.field)).toEqual([
      'company',
      'name',
      'custom.interest',
    ])
    // Rows written below the checks (or made stale by a later schema) never reach the page.
    await payload.db.updateOne({
      collection: 'public-forms',
      id: bare.id,
      data: {
        fields: [
          { id: 'aaaaaaaaaaaaaaaaaaaaaaa1', field: 'owner' },
          { id: 'aaaaaaaaaaaaaaaaaaaaaaa2', field: 'custom.partner' },
          { id: 'aaaaaaaaaaaaaaaaaaaaaaa3', field: 'company' },
        ],
      },
      returning: false,
    })
    const again = await api.rest('GET', '/forms/forms-a/bare')
    expect(again.body.layout.tabs[0].sections[0].fields.map((f: { field: string }) => f.field)).toEqual([
      'company',
      'name',
      'custom.interest',
    ])
  })
})

describe('a submission', () => {
  it('creates the record in the form’s tenant, with its fixed values and owner, and logs it under a hashed address', async () => {
    const address = nextAddress()
    const leadsOfB = await payload.count({ collection: 'leads', where: { tenant: { equals: b.id } }, overrideAccess: true })
    const res = await submit(
      'forms-a/contact-us',
      {
        values: {
          name: '张三',
          email: 'zhang@example.cn',
          company: 'Acme',
          custom: { interest: 'quote', budget: '1200.50', referrer: 'search engine' },
        },
      },
      address,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toEqual({ message: 'Thanks, we will call you soon.', redirect: null })
    const [lead] = await leadsNamed('张三')
    expect(lead).toMatchObject({
      tenant: a.id,
      owner: a.people.repRoot.id,
      department: a.departments.root,
      email: 'zhang@example.cn',
      company: 'Acme',
      source: 'web',
      rating: 'warm',
      status: 'new',
      custom: { interest: 'quote', budget: '1200.50', referrer: 'search engine', channel: 'web' },
    })
    expect(
      (await payload.count({ collection: 'leads', where: { tenant: { equals: b.id } }, overrideAccess: true })).totalDocs,
    ).toBe(leadsOfB.totalDocs)
    const [entry] = await logOf(contactUs.id)
    expect(entry).toMatchObject({ tenant: a.id, outcome: 'created', recordId: String(lead.id), entity: 'leads', language: 'en' })
    expect(entry.ipHash).toBe(hashAddress(address, payload.secret))
    expect(JSON.stringify(entry)).not.toContain(address)
  })

  it('never lets the request choose the tenant, the owner or a field the form does not show', async () => {
    const before = await payload.count({ collection: 'leads', overrideAccess: true })
    const inside = await submit('forms-a/contact-us', {
      values: {
        name: 'Intruder',
        email: 'x@example.com',
        tenant: b.id,
        owner: b.people.admin.id,
        rating: 'hot',
        custom: { interest: 'demo', score: 99, channel: 'phone' },
      },
    })
    expect(inside.status).toBe(400)
    expect(errorsOf(inside)).toEqual([
      ['tenant', 'This form has no field "tenant".'],
      ['owner', 'This form has no field "owner".'],
      ['rating', 'This form has no field "rating".'],
      ['custom.score', 'This form has no field "custom.score".'],
      ['custom.channel', 'This form has no field "custom.channel".'],
    ])
    const beside = await submit('forms-a/contact-us', { ...valid('Intruder'), tenant: b.id, owner: b.people.admin.id })
    expect(beside.status).toBe(400)
    expect(errorsOf(beside).map(([path]: string[]) => path)).toEqual(['tenant', 'owner'])
    const signedIn = await api.rest(
      'POST',
      '/forms/forms-a/contact-us',
      { token: tokens.bAdmin, tenant: b.id, headers: { 'x-forwarded-for': nextAddress() } },
      valid('Signed in as B'),
    )
    expect(signedIn.status).toBe(201)
    const [lead] = await leadsNamed('Signed in as B')
    // A signed-in user of another company changes nothing: the record is the form's tenant's.
    expect(lead).toMatchObject({ tenant: a.id, owner: a.people.repRoot.id })
    expect(await leadsNamed('Intruder')).toEqual([])
    expect((await payload.count({ collection: 'leads', overrideAccess: true })).totalDocs).toBe(before.totalDocs + 1)
  })

  it('reports what is wrong per field in the visitor’s language, first the form’s own checks, then the record’s', async () => {
    const missing = await submit('forms-a/contact-us', { values: { company: 'Acme', custom: {} } }, nextAddress(), 'zh')
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toBe('请修改标出的字段。')
    expect(errorsOf(missing)).toEqual([
      ['name', '此项必填。'],
      ['email', '此项必填。'],
      ['custom.interest', '此项必填。'],
    ])
    const badEmail = await submit(
      'forms-a/contact-us',
      { values: { name: '李四', email: '不是邮箱', custom: { interest: 'demo' } } },
      nextAddress(),
      'zh',
    )
    expect(badEmail.status).toBe(400)
    expect(errorsOf(badEmail).map(([path]: string[]) => path)).toEqual(['email'])
    expect(errorsOf(badEmail)[0][1]).toMatch(/[\u4e00-\u9fff]/)
    const badBudget = await submit(
      'forms-a/contact-us',
      { values: { name: '李四', email: 'li@example.cn', custom: { interest: 'quote', budget: 'lots' } } },
      nextAddress(),
      'zh',
    )
    expect(badBudget.status).toBe(400)
    expect(errorsOf(badBudget)).toEqual([['custom.budget', '不是有效的数字。']])
    expect(await leadsNamed('李四')).toEqual([])
    const outcomes = (await logOf(contactUs.id)).slice(0, 3).map((e) => [e.outcome, e.language])
    expect(outcomes).toEqual([
      ['invalid', 'zh'],
      ['invalid', 'zh'],
      ['invalid', 'zh'],
    ])
  })

  it('drops the value of a field the rules hide, as the page hides it', async () => {
    const res = await submit('forms-a/contact-us', {
      values: { name: 'Hidden budget', email: 'h@example.com', custom: { interest: 'demo', budget: '5000' } },
    })
    expect(res.status).toBe(201)
    const [lead] = await leadsNamed('Hidden budget')
    expect(lead.custom).toEqual({ interest: 'demo', channel: 'web' })
  })

  it('answers a filled honeypot exactly like a success, creates nothing and logs it', async () => {
    const real = await submit('forms-a/contact-us', valid('Real person'))
    const bot = await submit('forms-a/contact-us', { ...valid('Spam bot'), website: 'http://cheap-pills.example' })
    expect(bot.status).toBe(real.status)
    expect(bot.body).toEqual(real.body)
    expect(await leadsNamed('Spam bot')).toEqual([])
    const [entry] = await logOf(contactUs.id)
    expect(entry).toMatchObject({ outcome: 'honeypot', tenant: a.id })
    expect(entry.recordId ?? null).toBeNull()
    expect(entry.detail).toContain('cheap-pills')
  })
})

describe('the rate limit', () => {
  it('refuses a visitor over the form’s limit with 429, Retry-After and a message in their language; others still submit', async () => {
    await form(a, 'limited', { rateLimit: 2 })
    const address = nextAddress()
    for (const n of [1, 2]) expect((await submit('forms-a/limited', valid(`Limited ${n}`), address)).status).toBe(201)
    const over = await submit('forms-a/limited', valid('Limited 3'), address)
    expect(over.status).toBe(429)
    const retryAfter = Number(over.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect(over.body.errors[0].message).toBe('Too many submissions from your network. Please try again in 60 minutes.')
    const zh = await submit('forms-a/limited', valid('Limited 4'), address, 'zh')
    expect(zh.status).toBe(429)
    expect(zh.body.errors[0].message).toBe('您所在网络的提交次数过多，请 60 分钟后再试。')
    expect(await leadsNamed('Limited 3')).toEqual([])
    // Another visitor, and the same visitor on another form, are not held back.
    expect((await submit('forms-a/limited', valid('Limited other'), nextAddress())).status).toBe(201)
    expect((await submit('forms-a/contact-us', valid('Limited elsewhere'), address)).status).toBe(201)
  })

  it('counts the honeypot like a submission, and caps refused attempts too', async () => {
    await form(a, 'capped', { rateLimit: 2 })
    const address = nextAddress()
    for (let n = 0; n < 6; n++) expect((await submit('forms-a/capped', { values: {} }, address)).status).toBe(400)
    expect((await submit('forms-a/capped', valid('After many mistakes'), address)).status).toBe(429)
    const trapped = nextAddress()
    const trap = { ...valid('Trap'), website: 'x' }
    for (const _ of [1, 2]) expect((await submit('forms-a/capped', trap, trapped)).status).toBe(201)
    expect((await submit('forms-a/capped', trap, trapped)).status).toBe(429)
  })

  it('lets no more than the limit through when a visitor sends many submissions at the same instant', async () => {
    await form(a, 'burst', { rateLimit: 2 })
    const address = nextAddress()
    const results = await Promise.all(Array.from({ length: 6 }, (_, n) => submit('forms-a/burst', valid(`Burst ${n}`), address)))
    const statuses = results.map((r) => r.status)
    expect(statuses.every((s) => s === 201 || s === 429)).toBe(true)
    const created = (
      await payload.find({ collection: 'leads', where: { name: { like: 'Burst' } }, overrideAccess: true, limit: 100 })
    ).totalDocs
    expect(created).toBe(statuses.filter((s) => s === 201).length)
    expect(created).toBe(2)
  })
})

describe('forms that do not take submissions', () => {
  it('an inactive, unknown or malformed address is a 404 for the definition and for submissions', async () => {
    const off = await form(a, 'switched-off')
    expect((await api.rest('GET', '/forms/forms-a/switched-off')).status).toBe(200)
    await payload.update({ collection: 'public-forms', id: off.id, data: { active: false }, overrideAccess: true })
    for (const path of ['forms-a/switched-off', 'forms-a/nothing-here', 'no-such-company/contact-us', 'forms-a/Contact_Us']) {
      const read = await api.rest('GET', `/forms/${path}`, { headers: EN })
      expect(read.status, path).toBe(404)
      expect(read.body.errors[0].message).toBe('This form does not exist or no longer accepts submissions.')
      expect((await submit(path, valid('Nobody'))).status, path).toBe(404)
    }
    expect(await leadsNamed('Nobody')).toEqual([])
  })

  it('a fixed value that stopped fitting fails the form (503, logged for the admin), not the visitor', async () => {
    const dictionary = (
      await payload.find({
        collection: 'dictionaries',
        where: { and: [{ tenant: { equals: a.id } }, { key: { equals: 'source' } }] },
        overrideAccess: true,
      })
    ).docs[0] as unknown as { id: Id; options: { value: string; active?: boolean }[] }
    const options = dictionary.options
    await payload.update({
      collection: 'dictionaries',
      id: dictionary.id,
      data: { options: options.map((o) => (o.value === 'web' ? { ...o, active: false } : o)) },
      overrideAccess: true,
    })
    try {
      const res = await submit('forms-a/contact-us', valid('Stale source'))
      expect(res.status).toBe(503)
      expect(res.body.errors[0].message).toContain('cannot accept submissions at the moment')
      expect(res.body.errors[0].data).toBeUndefined()
      const [entry] = await logOf(contactUs.id)
      expect(entry.outcome).toBe('failed')
      expect(entry.detail).toContain('source')
    } finally {
      await payload.update({ collection: 'dictionaries', id: dictionary.id, data: { options }, overrideAccess: true })
    }
  })

  it('a form whose owner has left assigns nothing: the lead goes to the public pool, and the log says why', async () => {
    const ownerLeft = await form(a, 'owner-left', { recordOwner: a.people.repOther.id })
    await payload.update({ collection: 'users', id: a.people.repOther.id, data: { active: false }, overrideAccess: true })
    const res = await submit('forms-a/owner-left', valid('Ownerless'))
    expect(res.status).toBe(201)
    const [lead] = await leadsNamed('Ownerless')
    expect(lead.owner ?? null).toBeNull()
    expect(lead.tenant).toBe(a.id)
    const [entry] = await logOf(ownerLeft.id)
    expect(entry).toMatchObject({ outcome: 'created', recordId: String(lead.id) })
    expect(entry.detail).toContain('no longer an active member')
  })
})

describe('configuring a form', () => {
  const create = (token: string, body: Record<string, unknown>) =>
    api.rest(
      'POST',
      '/public-forms',
      { token, headers: EN },
      {
        entity: 'leads',
        titleZh: '表单',
        titleEn: 'Form',
        ...body,
      },
    )

  it('form addresses are unique within a company, not across companies', async () => {
    expect((await create(tokens.admin, { slug: 'same-name' })).status).toBe(201)
    const twice = await create(tokens.admin, { slug: 'same-name' })
    expect(twice.status).toBe(400)
    expect(errorsOf(twice)).toEqual([['slug', 'Another form of this company already uses the address "same-name".']])
    const elsewhere = await create(tokens.bAdmin, { slug: 'same-name' })
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(201)
    expect(elsewhere.body.doc.tenant.id ?? elsewhere.body.doc.tenant).toBe(b.id)
  })

  it('names every field that cannot be shown or fixed, every value that does not fit, and unsafe redirects', async () => {
    const bAccount = await payload.create({ collection: 'accounts', data: { name: 'B Co', tenant: b.id }, overrideAccess: true })
    const res = await create(tokens.admin, {
      slug: 'broken',
      fields: [{ field: 'owner' }, { field: 'custom.partner' }, { field: 'name' }, { field: 'name' }],
      fixedValues: [
        { field: 'tenant', value: String(b.id) },
        { field: 'rating', value: 'boiling' },
        { field: 'source', value: 'web' },
        { field: 'source', value: 'referral' },
        { field: 'custom.score', value: 'many' },
      ],
    })
    expect(res.status).toBe(400)
    const errors = Object.fromEntries(errorsOf(res))
    expect(Object.keys(errors).sort()).toEqual(
      [
        'fields.0.field',
        'fields.1.field',
        'fields.3.field',
        'fixedValues.0.field',
        'fixedValues.1.value',
        'fixedValues.3.field',
        'fixedValues.4.value',
      ].sort(),
    )
    expect(errors['fields.0.field']).toMatch(/^"owner" cannot be on a public form of Leads\. Choose one of: name, company/)
    expect(errors['fixedValues.1.value']).toBe('Not a value of "rating": "boiling" is not one of its options')
    expect(errors['fixedValues.3.field']).toBe('"source" has two fixed values.')
    expect(errors['fixedValues.4.value']).toBe('Not a value of "custom.score": "many" is not a number')
    for (const redirectUrl of ['javascript:alert(1)', 'ftp://example.com/x', 'not a url']) {
      const unsafe = await create(tokens.admin, { slug: 'unsafe', redirectUrl })
      expect(errorsOf(unsafe), redirectUrl).toEqual([['redirectUrl', 'A full web address starting with http:// or https://.']])
    }
    expect((await create(tokens.admin, { slug: 'redirects', redirectUrl: 'https://example.com/thanks?from=form' })).status).toBe(
      201,
    )
    const service = (body: Record<string, unknown>) =>
      api.rest(
        'POST',
        '/public-forms',
        { token: tokens.admin, headers: EN },
        {
          slug: 'service',
          entity: 'service-requests',
          titleZh: '报修',
          titleEn: 'Repairs',
          fields: [{ field: 'subject' }, { field: 'priority' }],
          ...body,
        },
      )
    const fixed = await service({
      fixedValues: [
        { field: 'account', value: String(bAccount.id) },
        { field: 'priority', value: 'high' },
      ],
    })
    expect(errorsOf(fixed)).toEqual([
      ['fixedValues.0.value', 'account refers to a record of another tenant.'],
      ['fixedValues.1.field', '"priority" is both on the form and set to a fixed value: choose one.'],
    ])
    const owner = await service({ recordOwner: b.people.repRoot.id })
    expect(errorsOf(owner)).toEqual([['recordOwner', 'Owner of new records refers to a record of another tenant.']])
    expect((await service({ fixedValues: [{ field: 'queue', value: 'website' }] })).status).toBe(201)
  })
})

describe('the submission log', () => {
  it('is read by the tenant’s admins only, and written by the server only', async () => {
    const mine = await api.rest('GET', '/public-form-submissions?limit=100&depth=0', { token: tokens.admin })
    expect(mine.status).toBe(200)
    expect(mine.body.totalDocs).toBeGreaterThan(0)
    expect(mine.body.docs.every((d: { tenant: Id }) => d.tenant === a.id)).toBe(true)
    const rep = await api.rest('GET', '/public-form-submissions?limit=100', { token: tokens.rep })
    expect(rep.status === 403 || rep.body.totalDocs === 0).toBe(true)
    const other = await api.rest('GET', '/public-form-submissions?limit=100', { token: tokens.bAdmin })
    expect(other.body.docs.some((d: { tenant: Id }) => d.tenant === a.id)).toBe(false)
    const forged = await api.rest(
      'POST',
      '/public-form-submissions',
      { token: tokens.admin },
      {
        form: contactUs.id,
        outcome: 'created',
        ipHash: 'x',
      },
    )
    expect(forged.status).toBe(403)
  })

  it('keeps a deleted form’s entries, by its address', async () => {
    const gone = await form(a, 'to-be-deleted')
    expect((await submit('forms-a/to-be-deleted', valid('Before deletion'))).status).toBe(201)
    const deleted = await api.rest('DELETE', `/public-forms/${gone.id}`, { token: tokens.admin })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    const kept = await payload.find({
      collection: 'public-form-submissions',
      where: { formSlug: { equals: 'to-be-deleted' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(kept.docs.map((d) => [d.form ?? null, d.outcome])).toEqual([[null, 'created']])
    expect((await submit('forms-a/to-be-deleted', valid('After deletion'))).status).toBe(404)
  })

  it('forgets entries older than the retention period (nightly job)', async () => {
    const old = await payload.create({
      collection: 'public-form-submissions',
      data: {
        tenant: a.id,
        form: contactUs.id,
        outcome: 'created',
        ipHash: 'old',
        createdAt: new Date('2020-01-01').toISOString(),
      },
      overrideAccess: true,
    })
    await payload.jobs.queue({ task: 'purgePublicFormLog', input: {} })
    await payload.jobs.run()
    const found = await payload.find({
      collection: 'public-form-submissions',
      where: { id: { equals: old.id } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
    expect((await logOf(contactUs.id)).length).toBeGreaterThan(0)
  })
})
