import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Saved views are users' data: a rep saves their own at once (no publish step), sees the views shared
 * with their role and with the whole company, never a colleague's own; only those who manage shared
 * views share; a view is checked against the entity's fields like the designed ones.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}

const view = (columns: string[], extra: Record<string, unknown> = {}) => ({
  id: 'mine',
  label: { en: 'Mine' },
  kind: 'table',
  columns: columns.map((field) => ({ field })),
  sort: '-createdAt',
  pageSize: 20,
  ...extra,
})
const save = (who: string, body: Record<string, unknown>, language = 'en') =>
  api.rest(
    'POST',
    '/saved-views',
    { token: tokens[who], headers: { 'accept-language': language } },
    { entity: 'accounts', ...body },
  )
const labelsSeenBy = async (who: string) =>
  ((await api.rest('GET', '/saved-views?limit=100&sort=label', { token: tokens[who] })).body.docs as { label: string }[]).map(
    (d) => d.label,
  )
const errorsOf = (res: { body: any }) =>
  (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'views-a')
  b = await createTenant(payload, 'views-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin, bRep: b.people.repRoot }))
    tokens[key] = await api.login(person.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('saved views', () => {
  it('a rep saves a personal view that is theirs at once; colleagues and other companies never see it', async () => {
    // Nobody saves a view for a colleague.
    const forOther = await save('repRoot', { label: 'For a colleague', view: view(['name']), user: a.people.repChild.id })
    expect(errorsOf(forOther)).toEqual([['user', 'A personal view belongs to whoever saves it.']])
    const res = await save('repRoot', { label: 'Rep’s own', view: view(['name', 'phone']) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.user?.id ?? res.body.doc.user).toBe(a.people.repRoot.id)
    expect(res.body.doc.scope).toBe('user')
    expect(await labelsSeenBy('repRoot')).toContain('Rep’s own')
    expect(await labelsSeenBy('repChild')).not.toContain('Rep’s own')
    expect(await labelsSeenBy('bRep')).not.toContain('Rep’s own')
    const id = res.body.doc.id
    expect((await api.rest('PATCH', `/saved-views/${id}`, { token: tokens.repChild }, { label: 'taken' })).status).toBe(403)
    expect((await api.rest('DELETE', `/saved-views/${id}`, { token: tokens.bAdmin })).status).toBe(403)
    expect((await payload.findByID({ collection: 'saved-views', id, overrideAccess: true })).label).toBe('Rep’s own')
    const renamed = await api.rest('PATCH', `/saved-views/${id}`, { token: tokens.repRoot }, { label: 'Renamed' })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.label).toBe('Renamed')
  })

  it('a rep cannot share with a role or the company: refused naming the scope, in their language, nothing stored', async () => {
    const before = await payload.count({ collection: 'saved-views', overrideAccess: true })
    const res = await save('repRoot', { label: 'For all', scope: 'tenant', view: view(['name']) }, 'zh')
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([['scope', '只有租户管理员和有权管理视图的角色才能把视图共享给角色或整个租户。']])
    expect((await payload.count({ collection: 'saved-views', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('an admin shares with a role and with the company: the role’s members and everyone see them, others do not', async () => {
    expect((await save('admin', { label: 'Sales only', scope: 'role', roleKey: 'sales', view: view(['name']) })).status).toBe(201)
    expect((await save('admin', { label: 'Company', scope: 'tenant', view: view(['name']) })).status).toBe(201)
    expect(await labelsSeenBy('repChild')).toEqual(expect.arrayContaining(['Sales only', 'Company']))
    expect(await labelsSeenBy('manager')).toContain('Company')
    expect(await labelsSeenBy('manager')).not.toContain('Sales only')
    expect(await labelsSeenBy('bAdmin')).not.toContain('Company')
    const noRole = await save('admin', { label: 'Role missing', scope: 'role', view: view(['name']) })
    expect(errorsOf(noRole)).toEqual([['roleKey', 'A view for a role names the role.']])
  })

  it('a shared view can be changed by the admin but not by the reps who see it', async () => {
    const shared = (await api.rest('GET', '/saved-views?where[label][equals]=Company', { token: tokens.admin })).body.docs[0]
    expect((await api.rest('PATCH', `/saved-views/${shared.id}`, { token: tokens.repRoot }, { label: 'mine now' })).status).toBe(
      403,
    )
    expect((await api.rest('PATCH', `/saved-views/${shared.id}`, { token: tokens.admin }, { isDefault: true })).status).toBe(200)
  })

  it('refuses a view naming a field the entity does not have, or sorting by one it cannot sort, with the path', async () => {
    const res = await save('repRoot', { label: 'Broken', view: view(['name', 'ghost'], { sort: 'address' }) })
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([
      ['view.columns.1.field', 'There is no field "ghost".'],
      ['view.sort', expect.stringContaining('Sort by a field that can be sorted')],
    ])
  })
})

describe('numbers sent as text', () => {
  it('are refused naming the field instead of being cut to what parses (Payload would store "12x" as 12)', async () => {
    const res = await api.rest(
      'POST',
      '/accounts',
      { token: tokens.repRoot, headers: { 'accept-language': 'zh' } },
      { name: 'Numbers', employees: '12x' },
    )
    expect(res.status).toBe(400)
    expect(errorsOf(res)).toEqual([['employees', '“12x”不是数字。']])
    const ok = await api.rest('POST', '/accounts', { token: tokens.repRoot }, { name: 'Numbers', employees: '12' })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.employees).toBe(12)
  })
})
