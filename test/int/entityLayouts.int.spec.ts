import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD } from '../helpers/tenants'

let payload: Payload
let api: Api
let admin: string

const schema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    tier: defineField('select', { options: [{ value: 'a', label: { en: 'A', zh: '甲' } }] }),
    headcount: defineField('integer'),
  },
}
const layout = {
  version: 1,
  tabs: [
    {
      id: 'main',
      label: { en: 'Details', zh: '详细信息' },
      sections: [{ id: 'basics', columns: 2, fields: [{ field: 'name', span: 2 }, { field: 'custom.tier' }] }],
    },
  ],
}
const listViews = {
  version: 1,
  views: [
    {
      id: 'all',
      label: { zh: '全部' },
      kind: 'table',
      columns: [{ field: 'name' }, { field: 'custom.headcount' }],
      sort: '-custom.headcount',
      pageSize: 20,
    },
  ],
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  const t = await createTenant(payload, 'layouts')
  admin = await api.login(t.people.admin.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const save = (body: Record<string, unknown>, language = 'en') =>
  api.rest(
    'POST',
    '/entity-schemas',
    { token: admin, headers: { 'accept-language': language } },
    { entity: 'accounts', schema, ...body },
  )
const errorsOf = (res: { body: any }) =>
  (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])

describe('a version’s layout and list views are checked against its fields when saved', () => {
  it('keeps a sound layout and list views', async () => {
    const res = await save({ layout, listViews })
    expect(res.status).toBe(201)
    expect(res.body.doc.layout).toEqual(layout)
    expect(res.body.doc.listViews).toEqual(listViews)
  })

  it('refuses a layout naming a missing field and a sort on a missing one, saying where, in the admin’s language', async () => {
    const badLayout = structuredClone(layout)
    badLayout.tabs[0].sections[0].fields.push({ field: 'custom.ghost', span: 1 })
    const badViews = { ...listViews, views: [{ ...listViews.views[0], sort: 'custom.ghost' }] }
    const before = await payload.count({ collection: 'entity-schemas' })
    const english = await save({ layout: badLayout, listViews: badViews })
    expect(english.status).toBe(400)
    expect(errorsOf(english)).toEqual([
      ['layout', '/tabs/0/sections/0/fields/2/field: There is no field "custom.ghost".'],
      ['listViews', expect.stringMatching(/^\/views\/0\/sort: Sort by a field that can be sorted/)],
    ])
    const chinese = await save({ layout: badLayout }, 'zh')
    expect(errorsOf(chinese)).toEqual([['layout', '/tabs/0/sections/0/fields/2/field: 不存在字段“custom.ghost”。']])
    expect((await payload.count({ collection: 'entity-schemas' })).totalDocs).toBe(before.totalDocs)
  })

  it('checks a draft’s layout again when only the schema changes under it, and keeps the stored draft', async () => {
    const created = (await save({ layout })).body.doc
    const withoutTier = { ...schema, properties: { headcount: schema.properties.headcount } }
    const res = await api.rest(
      'PATCH',
      `/entity-schemas/${created.id}`,
      { token: admin, headers: { 'accept-language': 'en' } },
      { schema: withoutTier },
    )
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([['layout', '/tabs/0/sections/0/fields/1/field: There is no field "custom.tier".']])
    const stored = await payload.findByID({ collection: 'entity-schemas', id: created.id, depth: 0 })
    expect(stored.schema).toEqual(schema)
  })
})

describe('circular rules are refused when saved and when published, saying where, and the stored draft stays', () => {
  const circular = {
    ...schema,
    properties: {
      ...schema.properties,
      headcount: { ...defineField('integer'), 'x-visibleWhen': 'custom.budget > 0' },
      budget: { ...defineField('formula', { formula: 'custom.headcount * 1000' }) },
    },
  }

  it('refuses a schema whose visibility rule and formula read each other, in English and in Chinese', async () => {
    const before = await payload.count({ collection: 'entity-schemas' })
    const english = await save({ schema: circular })
    expect(english.status).toBe(400)
    expect(errorsOf(english)).toEqual([
      [
        'schema',
        expect.stringMatching(
          /^\/properties\/headcount\/x-visibleWhen: Circular rule: custom.headcount → custom.budget → custom.headcount\./,
        ),
      ],
    ])
    const chinese = await save({ schema: circular }, 'zh')
    expect(errorsOf(chinese)).toEqual([
      [
        'schema',
        expect.stringMatching(
          /^\/properties\/headcount\/x-visibleWhen: 循环规则：custom.headcount → custom.budget → custom.headcount。/,
        ),
      ],
    ])
    expect((await payload.count({ collection: 'entity-schemas' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a section shown only when a field inside it is filled, and keeps the draft as it was', async () => {
    const created = (await save({ layout })).body.doc
    const locked = structuredClone(layout)
    Object.assign(locked.tabs[0].sections[0], { visibleWhen: "custom.tier == 'a'" })
    const res = await api.rest(
      'PATCH',
      `/entity-schemas/${created.id}`,
      { token: admin, headers: { 'accept-language': 'en' } },
      { layout: locked },
    )
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([
      ['layout', expect.stringMatching(/^\/tabs\/0\/sections\/0\/visibleWhen: Circular rule: custom.tier → custom.tier\./)],
    ])
    const stored = await payload.findByID({ collection: 'entity-schemas', id: created.id, depth: 0 })
    expect(stored.layout).toEqual(layout)
  })

  it('refuses to publish a draft stored with a circle before the check existed; it stays a draft', async () => {
    const created = (await save({ layout })).body.doc
    // Written below the hooks, as an older release could have stored it.
    await payload.db.updateOne({ collection: 'entity-schemas', id: created.id, data: { schema: circular } })
    const res = await api.rest(
      'POST',
      `/entity-schemas/${created.id}/publish`,
      { token: admin, headers: { 'accept-language': 'en' } },
      { confirm: true },
    )
    expect(res.status).toBe(400)
    // PostgreSQL's jsonb keeps keys in its own order: the circle may be named from either end.
    expect(errorsOf(res)).toEqual([
      ['schema', expect.stringMatching(/Circular rule: custom\.(headcount → custom\.budget|budget → custom\.headcount)/)],
    ])
    const stored = await payload.findByID({ collection: 'entity-schemas', id: created.id, depth: 0 })
    expect(stored.status).toBe('draft')
    expect(stored.schema).toEqual(circular)
    const published = await payload.count({ collection: 'entity-schemas', where: { status: { equals: 'published' } } })
    expect(published.totalDocs).toBe(0)
  })
})
