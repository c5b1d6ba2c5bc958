import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addField,
  type DesignerDoc,
  defaultValueProblem,
  setConstraint,
  setDefault,
  setDictionary,
  setFieldText,
  setPermission,
} from '../../form-designer/model/designer'
import { EMPTY_SCHEMA } from '../../src/customFields/customSchema'
import { baseFieldsOf, defaultLayout } from '../../src/customFields/layout'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * What the property panel writes is what the server accepts and enforces: a draft built only with the
 * designer's actions (texts, limits, defaults, a dictionary, permissions per role for custom and base
 * fields) is saved and published as is, and then writes obey it — while a default its field would
 * refuse keeps the draft from being saved, with the message the panel shows.
 */
let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}
let draft: DesignerDoc

const as = (who: string, language = 'en') => ({ token: tokens[who], headers: { 'accept-language': language } })
const errorsOf = (res: { body: any }) =>
  (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])
const contentOf = (doc: DesignerDoc) => ({ schema: doc.schema, layout: doc.layout, fieldPermissions: doc.fieldPermissions })

/** The designer's document as the panel leaves it after an admin's edits: built with its actions only. */
function designedDoc(): DesignerDoc {
  const config = payload.collections.accounts.config
  const base = baseFieldsOf(config.fields as Parameters<typeof baseFieldsOf>[0])
  const required = config.flattenedFields.filter((f) => 'required' in f && f.required).map((f) => f.name)
  let doc: DesignerDoc = {
    schema: EMPTY_SCHEMA,
    layout: defaultLayout(base, EMPTY_SCHEMA),
    listViews: { version: 1, views: [] },
    publishedKeys: [],
    fieldPermissions: {},
    requiredBaseFields: required,
  }
  const at = { section: 'basics', index: 99 }
  const steps: ((d: DesignerDoc) => DesignerDoc)[] = [
    (d) => addField(d, 'text', 'siteCode', at, { label: { zh: '站点编号', en: 'Site code' }, required: true }),
    (d) => setFieldText(d, 'siteCode', 'x-placeholder', 'zh', '例如 SH-01'),
    (d) => setFieldText(d, 'siteCode', 'x-placeholder', 'en', 'e.g. SH-01'),
    (d) => setFieldText(d, 'siteCode', 'x-help', 'zh', '大写字母、数字和 -'),
    (d) => setFieldText(d, 'siteCode', 'x-help', 'en', 'Capitals, digits and -'),
    (d) => setConstraint(d, 'siteCode', 'maxLength', 6),
    (d) => setConstraint(d, 'siteCode', 'pattern', '^[A-Z0-9-]+$'),
    (d) => setDefault(d, 'siteCode', 'NEW-1'),
    (d) => addField(d, 'integer', 'visits', at, { label: { en: 'Visits' } }),
    (d) => setConstraint(setConstraint(d, 'visits', 'minimum', 0), 'visits', 'maximum', 100),
    (d) => setDefault(d, 'visits', 1),
    (d) => addField(d, 'currency', 'budget', at, { label: { en: 'Budget' } }),
    (d) => setConstraint(setConstraint(d, 'budget', 'scale', 2), 'budget', 'maximum', '1000000'),
    (d) => setConstraint(d, 'budget', 'minimum', '0'),
    (d) => setDefault(d, 'budget', '100.50'),
    (d) => addField(d, 'multiSelect', 'industries', at, { label: { en: 'Industries' }, options: [{ value: 'x', label: {} }] }),
    (d) => setDictionary(d, 'industries', 'industry'),
    (d) => setConstraint(d, 'industries', 'maxItems', 2),
    (d) => setDefault(d, 'industries', ['retail']),
    (d) => setPermission(d, 'custom.siteCode', 'sales', 'readOnly'),
    (d) => setPermission(d, 'custom.budget', 'sales', 'hidden'),
    (d) => setPermission(d, 'website', 'sales', 'hidden'),
    (d) => setPermission(d, 'name', 'sales', 'masked'),
  ]
  for (const step of steps) {
    const next = step(doc)
    expect(next, step.toString()).not.toBe(doc) // every action took effect
    doc = next
  }
  return doc
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'dprops')
  for (const who of ['admin', 'manager', 'repRoot'] as const) tokens[who] = await api.login(t.people[who].email, PASSWORD)
  draft = designedDoc()
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('a draft built with the panel’s actions', () => {
  it('is saved and published exactly as designed', async () => {
    const created = await api.rest('POST', '/entity-schemas', as('admin'), { entity: 'accounts', ...contentOf(draft) })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const published = await api.rest('POST', `/entity-schemas/${created.body.doc.id}/publish`, as('admin'))
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const stored = await api.rest('GET', `/entity-schemas/${created.body.doc.id}?depth=0`, as('admin'))
    expect(stored.body.status).toBe('published')
    expect(stored.body.schema).toEqual(draft.schema)
    expect(stored.body.fieldPermissions).toEqual({ website: { sales: 'hidden' }, name: { sales: 'masked' } })
    expect(stored.body.schema.properties.siteCode).toMatchObject({
      'x-placeholder': { zh: '例如 SH-01', en: 'e.g. SH-01' },
      'x-help': { zh: '大写字母、数字和 -', en: 'Capitals, digits and -' },
      maxLength: 6,
      pattern: '^[A-Z0-9-]+$',
      default: 'NEW-1',
    })
  })

  it('its limits are enforced on writes, each error naming its field', async () => {
    const res = await api.rest('POST', '/accounts', as('manager'), {
      name: '限制客户',
      custom: { siteCode: 'TOO-LONG', visits: 101, budget: '0.001', industries: ['retail', 'it', 'food'] },
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual(
      expect.arrayContaining([
        ['custom.siteCode', 'At most 6 characters.'],
        ['custom.visits', 'At most 100.'],
        ['custom.budget', 'At most 2 decimal places.'],
        ['custom.industries', 'At most 2 entries.'],
      ]),
    )
    const pattern = await api.rest('POST', '/accounts', as('manager'), { name: '格式', custom: { siteCode: 'sh-1' } })
    expect(errorsOf(pattern)).toEqual([['custom.siteCode', 'Not in the expected format.']])
    const dictionary = await api.rest('POST', '/accounts', as('manager'), {
      name: '字典',
      custom: { siteCode: 'SH-1', industries: ['mining'] },
    })
    expect(errorsOf(dictionary)).toEqual([['custom.industries', expect.stringMatching(/"mining" is not an active entry/)]])
  })

  it('the defaults it carries are values a new record can be saved with', async () => {
    const defaults = Object.fromEntries(Object.entries(draft.schema.properties).map(([key, field]) => [key, field.default]))
    const res = await api.rest('POST', '/accounts', as('manager'), { name: '默认值客户', custom: defaults })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.custom).toEqual({ siteCode: 'NEW-1', visits: 1, budget: '100.50', industries: ['retail'] })
  })

  it('its permissions per role apply: read-only and hidden custom fields, hidden and masked base fields', async () => {
    const website = await api.rest('POST', '/accounts', as('repRoot'), {
      name: '销售客户',
      website: 'https://example.com',
      custom: { siteCode: 'NEW-1' },
    })
    expect(errorsOf(website)).toEqual([['website', expect.stringMatching(/may not see or change this field/)]])
    // A create form sends the read-only field's default prefilled: that is no change, and it is kept.
    const prefilled = await api.rest('POST', '/accounts', as('repRoot'), { name: '销售客户', custom: { siteCode: 'NEW-1' } })
    expect(prefilled.status, JSON.stringify(prefilled.body)).toBe(201)
    const kept = await payload.findByID({ collection: 'accounts', id: prefilled.body.doc.id, overrideAccess: true, depth: 0 })
    expect(kept.custom).toEqual({ siteCode: 'NEW-1' })
    const chosen = await api.rest('POST', '/accounts', as('repRoot'), { name: '销售客户', custom: { siteCode: 'MY-1' } })
    expect(errorsOf(chosen)).toEqual([['custom.siteCode', expect.stringMatching(/may read this field but not change it/)]])
    const own = await payload.create({
      collection: 'accounts',
      data: {
        tenant: t.id,
        owner: t.people.repRoot.id,
        department: t.departments.root,
        name: '华东站点',
        website: 'https://secret.example.com',
        custom: { siteCode: 'EA-1', budget: '500.00' },
      },
      overrideAccess: true,
    })
    const read = await api.rest('GET', `/accounts/${own.id}?depth=0`, as('repRoot'))
    expect(read.status).toBe(200)
    expect(read.body).not.toHaveProperty('website')
    expect(read.body.name).toBe('华***')
    expect(read.body.custom).toEqual({ siteCode: 'EA-1' })
    const change = await api.rest('PATCH', `/accounts/${own.id}`, as('repRoot'), { custom: { siteCode: 'EA-2' } })
    expect(change.status).toBe(400)
    expect(errorsOf(change)).toEqual([['custom.siteCode', expect.stringMatching(/may read this field but not change it/)]])
    const manager = await api.rest('PATCH', `/accounts/${own.id}`, as('manager'), { custom: { siteCode: 'EA-2' } })
    expect(manager.status, JSON.stringify(manager.body)).toBe(200)
  })
})

describe('a default its field would refuse', () => {
  it('keeps the draft from being saved, with the message the panel shows, in the admin’s language', async () => {
    const tightened = setConstraint(draft, 'siteCode', 'maxLength', 3)
    const field = tightened.schema.properties.siteCode
    expect(field.default).toBe('NEW-1') // the panel keeps it and says why it is refused
    for (const language of ['en', 'zh'] as const) {
      const shown = defaultValueProblem('siteCode', field, language)
      const res = await api.rest('POST', '/entity-schemas', as('admin', language), {
        entity: 'accounts',
        ...contentOf(tightened),
      })
      expect(res.status).toBe(400)
      expect(errorsOf(res)).toEqual([['schema', `/properties/siteCode/default: ${shown}`]])
    }
  })

  it('a dictionary default that is not an active entry is refused too', async () => {
    const res = await api.rest('POST', '/entity-schemas', as('admin'), {
      entity: 'accounts',
      ...contentOf(setDefault(draft, 'industries', ['mining'])),
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([
      ['schema', expect.stringMatching(/^\/properties\/industries\/default: "mining" is not an active entry of the "industry"/)],
    ])
  })
})
