import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineField } from '../../src/customFields/defineField'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * The workspace's global search finds business records by name, number, phone, email and custom text
 * fields, grouped by entity; it finds only what the user may read, and a masked user finds a phone
 * only by the whole number they already know.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}

type Group = { entity: string; hits: { id: number | string; title: string; detail: string | null }[]; more: boolean }
const search = async (who: string, q: string, extra = '') => {
  const res = await api.rest('GET', `/workspace/search?q=${encodeURIComponent(q)}${extra}`, { token: tokens[who] })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.groups as (Group & { page?: number; totalPages?: number })[]
}
const titles = (groups: Group[], entity: string) => groups.find((g) => g.entity === entity)?.hits.map((h) => h.title) ?? []

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'search-a')
  b = await createTenant(payload, 'search-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
  const schema = { type: 'object', additionalProperties: false, properties: { wechat: defineField('text') } }
  const draft = (await api.rest('POST', '/entity-schemas', { token: tokens.admin }, { entity: 'accounts', schema })).body.doc
  expect((await api.rest('POST', `/entity-schemas/${draft.id}/publish`, { token: tokens.admin })).status).toBe(200)
  const account = await api.rest(
    'POST',
    '/accounts',
    { token: tokens.admin },
    { name: '星河科技有限公司', phone: '13800138000', owner: a.people.repRoot.id, custom: { wechat: 'xinghe_tech' } },
  )
  expect(account.status, JSON.stringify(account.body)).toBe(201)
  const contact = await api.rest(
    'POST',
    '/contacts',
    { token: tokens.admin },
    { name: '李星河', email: 'li@xinghe.example', account: account.body.doc.id, owner: a.people.repRoot.id },
  )
  expect(contact.status, JSON.stringify(contact.body)).toBe(201)
  for (let i = 0; i < 7; i++)
    await payload.create({ collection: 'accounts', data: { tenant: a.id, name: `星河分公司 ${i}` } as never })
  await payload.create({ collection: 'accounts', data: { tenant: b.id, name: '星河科技（B 公司的客户）' } as never })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('global search', () => {
  it('finds records by name across entities, a few per entity, and says when there are more', async () => {
    const groups = await search('admin', '星河')
    expect(groups.map((g) => g.entity)).toEqual(expect.arrayContaining(['accounts', 'contacts']))
    const accounts = groups.find((g) => g.entity === 'accounts') as Group
    expect(accounts.hits).toHaveLength(5)
    expect(accounts.more).toBe(true)
    expect(titles(groups, 'contacts')).toEqual(['李星河'])
  })

  it('pages through one entity’s hits', async () => {
    const [first] = await search('admin', '星河', '&entity=accounts')
    expect(first.hits.length).toBe(8)
    expect(first.more).toBe(false)
    expect(first.totalPages).toBe(1)
  })

  it('finds by part of a phone number, an email and a custom text field', async () => {
    expect(titles(await search('admin', '0013800'), 'accounts')).toEqual(['星河科技有限公司'])
    expect(titles(await search('admin', 'xinghe.example'), 'contacts')).toEqual(['李星河'])
    expect(titles(await search('admin', 'xinghe_t'), 'accounts')).toEqual(['星河科技有限公司'])
  })

  it('finds nothing of another company', async () => {
    expect(titles(await search('bAdmin', '星河'), 'accounts')).toEqual(['星河科技（B 公司的客户）'])
    expect(titles(await search('admin', 'B 公司'), 'accounts')).toEqual([])
  })

  it('lets a masked user find a phone only by the whole number, and shows it masked', async () => {
    await payload.update({ collection: 'roles', id: a.roles.sales, data: { maskPersonalData: true }, overrideAccess: true })
    expect(titles(await search('repRoot', '0013800'), 'accounts')).toEqual([])
    const whole = await search('repRoot', '13800138000')
    const hit = whole.find((g) => g.entity === 'accounts')?.hits[0]
    expect(hit?.title).toBe('星河科技有限公司')
    expect(hit?.detail).not.toBe('13800138000')
    expect(hit?.detail).toMatch(/\*/)
  })

  it('is for signed-in users only, and an empty query finds nothing', async () => {
    expect((await api.rest('GET', '/workspace/search?q=星河', {})).status).toBe(401)
    expect(await search('admin', '   ')).toEqual([])
  })

  it('leaves out the modules the tenant hides, and finds them again once shown', async () => {
    const hide = (hiddenModules: string[]) => api.rest('PATCH', `/tenants/${a.id}`, { token: tokens.admin }, { hiddenModules })
    expect((await hide(['customers'])).status).toBe(200)
    const hidden = await search('admin', '星河')
    expect(hidden.map((g) => g.entity)).not.toContain('accounts')
    expect(hidden.map((g) => g.entity)).not.toContain('contacts')
    expect(titles(await search('bAdmin', '星河'), 'accounts')).toEqual(['星河科技（B 公司的客户）'])
    const refused = await hide(['no-such-module'])
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('hiddenModules')
    expect((await hide([])).status).toBe(200)
    expect(titles(await search('admin', '星河'), 'contacts')).toEqual(['李星河'])
  })
})
