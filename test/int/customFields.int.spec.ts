import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/** Messages are asserted in English; one test asks for Chinese. */
const EN = { 'accept-language': 'en' }

let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
let admin: string
let rep: string
let outsider: string

const options = (...values: string[]) => values.map((value) => ({ value, label: { en: value, zh: value } }))

const accountFields = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['tier'],
  properties: {
    tier: defineField('select', { label: { en: 'Tier', zh: '客户层级' }, options: options('a', 'b', 'c') }),
    headcount: defineField('integer', { minimum: 0 }),
    budget: defineField('currency', { minimum: 0 }),
    founded: defineField('date'),
    hotline: defineField('phone'),
    partner: defineField('lookup', { relationTo: 'accounts' }),
    partnerLevel: { ...defineField('text'), 'x-requiredWhen': "type == 'partner'" },
    perHead: defineField('formula', { formula: 'round(custom.budget / custom.headcount, 2)' }),
    visits: defineField('group', { fields: { on: defineField('date'), cost: defineField('currency') }, requiredFields: ['on'] }),
  },
}

/** Fields any entity can have (no rule on an entity's own base fields). */
const simpleFields = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: { tier: defineField('select', { options: options('a', 'b') }) },
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'cf')
  other = await createTenant(payload, 'cf-other')
  admin = await api.login(t.people.admin.email, PASSWORD)
  rep = await api.login(t.people.repRoot.email, PASSWORD)
  outsider = await api.login(other.people.admin.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const draft = async (schema: unknown, entity = 'accounts', token = admin) =>
  api.rest('POST', '/entity-schemas', { token, headers: EN }, { entity, schema })

const publishAccounts = async () => {
  const created = await draft(accountFields)
  expect(created.status).toBe(201)
  const published = await api.rest('POST', `/entity-schemas/${created.body.doc.id}/publish`, { token: admin, headers: EN })
  expect(published.status).toBe(200)
  return created.body.doc
}

const errorsOf = (res: { body: any }) =>
  (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])

describe('until a schema is published, custom holds nothing', () => {
  it('refuses custom values naming the unknown field', async () => {
    const res = await api.rest('POST', '/contacts', { token: rep, headers: EN }, { name: '张三', custom: { hobby: '围棋' } })
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([['custom.hobby', 'There is no field "hobby".']])
  })
})

describe('published fields validate, merge and compute on every write', () => {
  let v1: { id: number; version: number }
  beforeAll(async () => {
    v1 = await publishAccounts()
  })

  it('numbers versions per entity and records what a draft starts from', async () => {
    expect(v1.version).toBe(1)
    const stored = await api.rest('GET', `/entity-schemas/${v1.id}`, { token: rep, headers: EN })
    expect(stored.body).toMatchObject({ status: 'published', basedOn: 0, entity: 'accounts' })
    expect(stored.body.publishedBy).toBeTruthy()
  })

  it('stores valid values and computes the formula on the server', async () => {
    const res = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: EN },
      {
        name: '层级客户',
        custom: {
          tier: 'a',
          headcount: 3,
          budget: 100,
          founded: '2020-02-29',
          hotline: '138 0013 8000',
          perHead: '999',
          visits: [{ on: '2026-01-05', cost: '12.5' }],
        },
      },
    )
    expect(res.status).toBe(201)
    expect(res.body.doc.custom).toEqual({
      tier: 'a',
      headcount: 3,
      budget: '100', // numbers for decimals are kept as their exact text
      founded: '2020-02-29',
      hotline: '138 0013 8000',
      perHead: '33.33', // the client's 999 is replaced
      visits: [{ on: '2026-01-05', cost: '12.5' }],
    })
  })

  it('refuses bad values, every one named, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'accounts', overrideAccess: true })).totalDocs
    const res = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: EN },
      {
        name: '坏数据',
        custom: {
          tier: 'z',
          headcount: -1,
          budget: '1.005',
          founded: '2021-02-29',
          hotline: '12345',
          visits: [{ cost: '1' }],
          extra: 1,
        },
      },
    )
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual(
      expect.arrayContaining([
        ['custom.tier', 'Not one of the options.'],
        ['custom.headcount', 'At least 0.'],
        ['custom.budget', 'At most 2 decimal places.'],
        ['custom.founded', 'Not a date (YYYY-MM-DD).'],
        ['custom.hotline', 'Not a phone number.'],
        ['custom.visits.0.on', 'Required.'],
        ['custom.extra', 'There is no field "extra".'],
      ]),
    )
    expect((await payload.count({ collection: 'accounts', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a required custom field is required on create', async () => {
    const res = await api.rest('POST', '/accounts', { token: rep, headers: EN }, { name: '缺层级' })
    expect(errorsOf(res)).toEqual([['custom.tier', 'Required.']])
  })

  it('speaks the user’s language', async () => {
    const res = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: { 'accept-language': 'zh' } },
      { name: '中文', custom: { tier: 'z' } },
    )
    expect(errorsOf(res)).toEqual([['custom.tier', '不是可选项之一。']])
  })

  it('updates merge by key: unsent keys stay, null clears, the formula follows', async () => {
    const id = (
      await api.rest(
        'POST',
        '/accounts',
        { token: rep, headers: EN },
        { name: '合并', custom: { tier: 'b', headcount: 4, budget: '10' } },
      )
    ).body.doc.id
    const patched = await api.rest('PATCH', `/accounts/${id}`, { token: rep, headers: EN }, { custom: { headcount: 5 } })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.custom).toEqual({ tier: 'b', headcount: 5, budget: '10', perHead: '2' })
    const cleared = await api.rest('PATCH', `/accounts/${id}`, { token: rep, headers: EN }, { custom: { budget: null } })
    expect(cleared.body.doc.custom).toEqual({ tier: 'b', headcount: 5 })
    const untouched = await api.rest('PATCH', `/accounts/${id}`, { token: rep, headers: EN }, { phone: '021-5555' })
    expect(untouched.body.doc.custom).toEqual({ tier: 'b', headcount: 5 })
  })

  it('a condition makes a field required', async () => {
    const res = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: EN },
      { name: '伙伴', type: 'partner', custom: { tier: 'a' } },
    )
    expect(errorsOf(res)).toEqual([['custom.partnerLevel', 'Required.']])
    const ok = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: EN },
      { name: '伙伴', type: 'partner', custom: { tier: 'a', partnerLevel: '金牌' } },
    )
    expect(ok.status).toBe(201)
  })

  it('a lookup must stay in the tenant', async () => {
    const theirs = (await api.rest('POST', '/accounts', { token: outsider, headers: EN }, { name: '别家客户' })).body.doc.id
    const ours = (await api.rest('POST', '/accounts', { token: rep, headers: EN }, { name: '自家', custom: { tier: 'a' } })).body
      .doc.id
    const bad = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: EN },
      { name: '跨租户', custom: { tier: 'a', partner: theirs } },
    )
    expect(errorsOf(bad)).toEqual([['custom.partner', 'custom.partner refers to a record of another tenant.']])
    const missing = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: EN },
      { name: '不存在', custom: { tier: 'a', partner: 987654 } },
    )
    expect(errorsOf(missing)).toEqual([['custom.partner', 'custom.partner refers to a record that does not exist.']])
    const good = await api.rest(
      'POST',
      '/accounts',
      { token: rep, headers: EN },
      { name: '引用', custom: { tier: 'a', partner: ours } },
    )
    expect(good.status).toBe(201)
  })

  it('the other tenant has its own schema: our fields mean nothing there', async () => {
    const res = await api.rest('POST', '/accounts', { token: outsider, headers: EN }, { name: '别家', custom: { tier: 'a' } })
    expect(errorsOf(res)).toEqual([['custom.tier', 'There is no field "tier".']])
    const list = await api.rest('GET', '/entity-schemas', { token: outsider, headers: EN })
    expect(list.body.totalDocs).toBe(0)
  })
})

describe('versions: drafts change, published ones do not, and racing publishes have one winner', () => {
  it('refuses an unpublishable schema naming the part', async () => {
    const res = await draft({ ...accountFields, properties: { Bad: defineField('text') } }, 'contacts')
    expect(res.status).toBe(400)
    expect(errorsOf(res)[0][0]).toBe('schema')
    expect(errorsOf(res)[0][1]).toContain('/properties/Bad')
  })

  it('a published version is history; the next one is drafted', async () => {
    const v = (await draft(simpleFields, 'leads')).body.doc
    await api.rest('POST', `/entity-schemas/${v.id}/publish`, { token: admin, headers: EN })
    const edit = await api.rest(
      'PATCH',
      `/entity-schemas/${v.id}`,
      { token: admin, headers: EN },
      { schema: { ...simpleFields, required: ['tier'] } },
    )
    expect(edit.status).toBe(409)
    expect(edit.body.errors[0].message).toBe('A published version cannot change. Draft the next version instead.')
    const again = await api.rest('POST', `/entity-schemas/${v.id}/publish`, { token: admin, headers: EN })
    expect(again.status).toBe(409)
  })

  it('two drafts from the same version: the first to publish wins, the second is told', async () => {
    const base = (await draft(simpleFields, 'opportunities')).body.doc
    await api.rest('POST', `/entity-schemas/${base.id}/publish`, { token: admin, headers: EN })
    const a = (await draft(simpleFields, 'opportunities')).body.doc
    const b = (await draft(simpleFields, 'opportunities')).body.doc
    expect([a.basedOn, b.basedOn]).toEqual([base.version, base.version])
    const results = await Promise.all(
      [a, b].map((d) => api.rest('POST', `/entity-schemas/${d.id}/publish`, { token: admin, headers: EN })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const loser = results.find((r) => r.status === 409)
    expect(loser?.body.errors[0].message).toMatch(/was published after this draft was started from version/)
    const published = await payload.find({
      collection: 'entity-schemas',
      where: {
        and: [{ entity: { equals: 'opportunities' } }, { tenant: { equals: t.id } }, { status: { equals: 'published' } }],
      },
      overrideAccess: true,
    })
    expect(published.totalDocs).toBe(1)
  })

  it('reps read schemas (forms need them) but cannot write or publish them', async () => {
    expect((await draft(simpleFields, 'tasks', rep)).status).toBe(403)
    const d = (await draft(simpleFields, 'tasks')).body.doc
    expect((await api.rest('POST', `/entity-schemas/${d.id}/publish`, { token: rep, headers: EN })).status).toBe(403)
    expect((await api.rest('GET', `/entity-schemas/${d.id}`, { token: rep, headers: EN })).status).toBe(200)
    expect((await api.rest('POST', `/entity-schemas/${d.id}/publish`, { token: outsider, headers: EN })).status).toBe(404)
  })
})
