import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_IN_ROLES } from '../../src/access/builtInRoles'
import type { Id } from '../../src/access/types'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { isUpload, sampleData, sampleFile } from '../helpers/samples'
import { createTenant, PASSWORD, type TestPerson, type TestTenant } from '../helpers/tenants'

/**
 * Data scopes inside one tenant: a sales rep sees their own records, a manager their department and
 * those below, a department-scoped role its department only, an admin everything.
 */
const config = await (await import('@payload-config')).default
/** Collections whose reads follow the owner scopes (catalogues such as products are read by every member). */
const SCOPED = config.collections.filter((c) => c.custom?.readsScoped).map((c) => c.slug)
/** Owned collections whose rows only the server creates (a batch's SMS messages): nobody creates one by REST. */
const SERVER_CREATED = new Set(config.collections.filter((c) => c.custom?.serverCreated).map((c) => c.slug))
/**
 * The built-in manager role reaches their department tree in every scoped collection except mail:
 * mailboxes and emails are personal, so a manager reads only their own there (by design).
 */
const managerReachesTree = (slug: string) =>
  BUILT_IN_ROLES.find((r) => r.key === 'manager')?.permissions.find((p) => p.collection === slug)?.scope === 'departmentTree'

let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}
type Row = { id: Id; owner: keyof TestTenant['people'] }
const rows: Record<string, Row[]> = {}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'scopes')
  // A role that reaches exactly its own department.
  const deptRole = await payload.create({
    collection: 'roles',
    data: {
      tenant: t.id,
      key: 'dept-only',
      name: 'Department only',
      permissions: SCOPED.map((collection) => ({ collection, actions: ['read', 'update'], scope: 'department' })),
    },
    overrideAccess: true,
  })
  const deptUser = await payload.create({
    collection: 'users',
    data: {
      email: 'dept@scopes.test',
      password: PASSWORD,
      name: 'Dept',
      memberships: [{ tenant: t.id, roles: [deptRole.id], department: t.departments.root }],
    },
    overrideAccess: true,
  })
  const people = { ...t.people, deptOnly: { id: deptUser.id, email: 'dept@scopes.test' } as TestPerson }
  for (const [key, person] of Object.entries(people)) tokens[key] = await api.login(person.email, PASSWORD)

  const departmentOf: Record<string, Id | null> = {
    admin: null,
    manager: t.departments.root,
    repRoot: t.departments.root,
    repChild: t.departments.child,
    repOther: t.departments.other,
  }
  for (const slug of SCOPED) {
    rows[slug] = []
    for (const owner of ['repRoot', 'repChild', 'repOther', 'manager'] as const) {
      const data = { ...(await sampleData(payload, slug, t)), owner: t.people[owner].id, department: departmentOf[owner] }
      const doc = await payload.create({
        collection: slug,
        data,
        overrideAccess: true,
        ...(isUpload(payload, slug) ? { file: sampleFile() } : {}),
      })
      rows[slug].push({ id: doc.id, owner })
    }
  }
})

afterAll(async () => {
  await shutdownPayload(payload)
})

async function visible(slug: string, who: string): Promise<string[]> {
  const res = await api.rest('GET', `/${slug}?limit=100&depth=0`, { token: tokens[who] })
  expect(res.status).toBe(200)
  const mine = new Set(rows[slug].map((r) => String(r.id)))
  return res.body.docs
    .map((d: { id: Id }) => String(d.id))
    .filter((id: string) => mine.has(id))
    .map((id: string) => rows[slug].find((r) => String(r.id) === id)?.owner)
    .sort()
}

describe.each(SCOPED)('%s', (slug) => {
  it.each([
    ['repRoot', 'own records', ['repRoot']],
    ['repChild', 'own records', ['repChild']],
    ['deptOnly', 'my department', ['manager', 'repRoot']],
    [
      'manager',
      managerReachesTree(slug) ? 'my department and below' : 'own records (personal mail)',
      managerReachesTree(slug) ? ['manager', 'repChild', 'repRoot'] : ['manager'],
    ],
    ['admin', 'all', ['manager', 'repChild', 'repOther', 'repRoot']],
  ])('%s reads %s', async (who, _scope, expected) => {
    expect(await visible(slug, who)).toEqual(expected)
  })

  it('a rep can neither read, update nor delete a colleague’s record', async () => {
    const colleagues = rows[slug].find((r) => r.owner === 'repOther') as Row
    const token = tokens.repRoot
    expect((await api.rest('GET', `/${slug}/${colleagues.id}`, { token })).status).toBeOneOf([403, 404])
    expect((await api.rest('PATCH', `/${slug}/${colleagues.id}`, { token }, { owner: t.people.repRoot.id })).status).toBeOneOf([
      403, 404,
    ])
    expect((await api.rest('DELETE', `/${slug}/${colleagues.id}`, { token })).status).toBeOneOf([403, 404])
    const stored = await payload.findByID({ collection: slug, id: colleagues.id, depth: 0, overrideAccess: true })
    expect(String(stored.owner)).toBe(String(t.people.repOther.id))
  })

  it('a manager updates a record in a department below theirs, not one outside', async () => {
    const below = rows[slug].find((r) => r.owner === 'repChild') as Row
    const outside = rows[slug].find((r) => r.owner === 'repOther') as Row
    const updated = (await api.rest('PATCH', `/${slug}/${below.id}`, { token: tokens.manager }, { owner: t.people.repRoot.id }))
      .status
    if (managerReachesTree(slug)) expect(updated).toBe(200)
    else expect(updated).toBeOneOf([403, 404])
    expect(
      (await api.rest('PATCH', `/${slug}/${outside.id}`, { token: tokens.manager }, { owner: t.people.repRoot.id })).status,
    ).toBeOneOf([403, 404])
  })

  it('a department-only role without create cannot create', async () => {
    const data = await sampleData(payload, slug, t)
    delete data.tenant
    const res = isUpload(payload, slug)
      ? await api.restWithFile('POST', `/${slug}`, { token: tokens.deptOnly }, data, sampleFile())
      : await api.rest('POST', `/${slug}`, { token: tokens.deptOnly }, data)
    expect(res.status).toBe(403)
  })

  it('a rep’s new record is theirs, in their department and their tenant, whatever they send', async () => {
    const data = await sampleData(payload, slug, t)
    delete data.tenant
    delete data.owner
    delete data.department
    const res = isUpload(payload, slug)
      ? await api.restWithFile('POST', `/${slug}`, { token: tokens.repChild }, data, sampleFile())
      : await api.rest('POST', `/${slug}`, { token: tokens.repChild }, data)
    if (SERVER_CREATED.has(slug)) return expect(res.status).toBe(403)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(String(res.body.doc.owner.id ?? res.body.doc.owner)).toBe(String(t.people.repChild.id))
    expect(String(res.body.doc.department.id ?? res.body.doc.department)).toBe(String(t.departments.child))
    expect(String(res.body.doc.tenant.id ?? res.body.doc.tenant)).toBe(String(t.id))
  })
})
