import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_IN_ROLES } from '../../src/access/builtInRoles'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createSuperAdmin, createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  a = await createTenant(payload, 'ten-a')
  b = await createTenant(payload, 'ten-b')
  for (const [tenant, name] of [
    [a, 'Alpha'],
    [b, 'Beta'],
  ] as const) {
    await payload.create({
      collection: 'accounts',
      data: { tenant: tenant.id, name, owner: tenant.people.repRoot.id },
      overrideAccess: true,
    })
  }
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const names = (res: { body: { docs: { name: string }[] } }) => res.body.docs.map((d) => d.name).sort()

describe('super admin', () => {
  it('sees every tenant without a tenant selected, and exactly one after switching', async () => {
    const root = await createSuperAdmin(payload)
    const token = await api.login(root.email, PASSWORD)
    expect(names(await api.rest('GET', '/accounts?limit=100', { token }))).toEqual(['Alpha', 'Beta'])
    expect(names(await api.rest('GET', '/accounts?limit=100', { token, tenant: b.slug }))).toEqual(['Beta'])
    const created = await api.rest('POST', '/accounts', { token, tenant: b.id }, { name: 'Made by root' })
    expect(created.status).toBe(201)
    expect(String(created.body.doc.tenant.id ?? created.body.doc.tenant)).toBe(String(b.id))
  })
})

describe('tenants', () => {
  it('a new tenant starts with the built-in roles', async () => {
    const root = await createSuperAdmin(payload, 'root2@formwork.test')
    const token = await api.login(root.email, PASSWORD)
    const res = await api.rest('POST', '/tenants', { token }, { name: '新公司', slug: 'new-co', language: 'zh' })
    expect(res.status).toBe(201)
    const roles = await payload.find({
      collection: 'roles',
      where: { tenant: { equals: res.body.doc.id } },
      overrideAccess: true,
      pagination: false,
    })
    expect(roles.docs.map((r) => r.key).sort()).toEqual(BUILT_IN_ROLES.map((r) => r.key).sort())
    expect(roles.docs.find((r) => r.key === 'sales')?.name).toBe('销售代表')
  })

  it('rejects a malformed slug with the field named', async () => {
    const root = await createSuperAdmin(payload, 'root3@formwork.test')
    const token = await api.login(root.email, PASSWORD)
    const res = await api.rest(
      'POST',
      '/tenants',
      { token, headers: { 'accept-language': 'en' } },
      { name: 'Bad', slug: 'Bad Slug!' },
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('slug')
  })

  it('a tenant admin edits their own tenant’s details, not another’s, and cannot create tenants', async () => {
    const token = await api.login(a.people.admin.email, PASSWORD)
    expect((await api.rest('PATCH', `/tenants/${a.id}`, { token }, { phone: '021-1234' })).status).toBe(200)
    expect((await api.rest('PATCH', `/tenants/${b.id}`, { token }, { phone: '021-1234' })).status).toBeOneOf([403, 404])
    expect((await api.rest('POST', '/tenants', { token }, { name: 'X', slug: 'x-co' })).status).toBe(403)
  })
})

describe('memberships', () => {
  it('a tenant admin adds a colleague to their tenant but cannot touch the colleague’s other memberships', async () => {
    const both = await payload.create({
      collection: 'users',
      data: {
        email: 'both@ten.test',
        password: PASSWORD,
        name: 'Both',
        memberships: [
          { tenant: a.id, roles: [a.roles.sales] },
          { tenant: b.id, roles: [b.roles.sales] },
        ],
      },
      overrideAccess: true,
    })
    const token = await api.login(a.people.admin.email, PASSWORD)
    // Dropping B's membership, or adding B's admin role, is refused; nothing changes.
    const dropped = await api.rest(
      'PATCH',
      `/users/${both.id}`,
      { token },
      {
        memberships: [
          { tenant: a.id, roles: [a.roles.manager] },
          { tenant: b.id, roles: [b.roles['tenant-admin']] },
        ],
      },
    )
    expect(dropped.status, JSON.stringify(dropped.body)).toBe(403)
    // Changing A's membership keeps B's exactly as it was.
    const changed = await api.rest(
      'PATCH',
      `/users/${both.id}`,
      { token },
      { memberships: [{ tenant: a.id, roles: [a.roles.manager] }] },
    )
    expect(changed.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: both.id, depth: 0, overrideAccess: true })
    const byTenant = Object.fromEntries(
      stored.memberships.map((m: { tenant: unknown; roles: unknown[] }) => [String(m.tenant), m.roles.map(String)]),
    )
    expect(byTenant).toEqual({ [String(a.id)]: [String(a.roles.manager)], [String(b.id)]: [String(b.roles.sales)] })
    // And they cannot delete someone who also belongs elsewhere.
    expect((await api.rest('DELETE', `/users/${both.id}`, { token })).status).toBe(403)
  })

  it('a role of another tenant cannot be put in a membership', async () => {
    const token = await api.login(a.people.admin.email, PASSWORD)
    const res = await api.rest(
      'POST',
      '/users',
      { token },
      {
        email: 'new@ten.test',
        password: PASSWORD,
        name: 'New',
        memberships: [{ tenant: a.id, roles: [b.roles['tenant-admin']] }],
      },
    )
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('memberships.0.roles')
    expect(
      (await payload.find({ collection: 'users', where: { email: { equals: 'new@ten.test' } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('a user created by a tenant admin belongs to that tenant', async () => {
    const token = await api.login(a.people.admin.email, PASSWORD)
    const res = await api.rest('POST', '/users', { token }, { email: 'fresh@ten.test', password: PASSWORD, name: 'Fresh' })
    expect(res.status).toBe(201)
    expect(res.body.doc.memberships.map((m: { tenant: { id: unknown } }) => String(m.tenant.id ?? m.tenant))).toEqual([
      String(a.id),
    ])
  })
})

describe('classes and groups', () => {
  it('a teacher of a class reads its groups, read-only', async () => {
    const klass = await createTenant(payload, 'class-1', 'class')
    const group = await createTenant(payload, 'class-1-g1', 'group', klass.id)
    const stranger = await createTenant(payload, 'class-2-g1', 'group')
    await payload.create({
      collection: 'accounts',
      data: { tenant: group.id, name: 'Group work', owner: group.people.repRoot.id },
      overrideAccess: true,
    })
    const teacher = await payload.create({
      collection: 'users',
      data: {
        email: 'teacher@class.test',
        password: PASSWORD,
        name: 'Teacher',
        memberships: [{ tenant: klass.id, roles: [klass.roles.teacher] }],
      },
      overrideAccess: true,
    })
    const token = await api.login('teacher@class.test', PASSWORD)
    const list = await api.rest('GET', '/accounts', { token, tenant: group.id })
    expect(names(list)).toEqual(['Group work'])
    expect((await api.rest('POST', '/accounts', { token, tenant: group.id }, { name: 'Teacher edit' })).status).toBe(403)
    expect(
      (await api.rest('PATCH', `/accounts/${list.body.docs[0].id}`, { token, tenant: group.id }, { name: 'Changed' })).status,
    ).toBe(403)
    expect((await api.rest('GET', '/accounts', { token, tenant: stranger.id })).status).toBe(403)
    const tenants = await api.rest('GET', '/tenants?limit=50', { token })
    expect(tenants.body.docs.map((d: { slug: string }) => d.slug).sort()).toEqual(['class-1', 'class-1-g1'])
    expect(teacher.id).toBeDefined()
  })
})

describe('departments', () => {
  it('refuses a parent that would make a loop', async () => {
    const token = await api.login(a.people.admin.email, PASSWORD)
    const res = await api.rest(
      'PATCH',
      `/departments/${a.departments.root}`,
      { token, headers: { 'accept-language': 'en' } },
      { parent: a.departments.child },
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({
      path: 'parent',
      message: 'A department cannot be its own parent or ancestor.',
    })
  })

  it('codes are unique per tenant, not globally', async () => {
    const token = await api.login(a.people.admin.email, PASSWORD)
    // B already has SALES; A may have its own, but not two.
    expect((await api.rest('POST', '/departments', { token }, { name: 'Dup', code: 'SALES' })).status).toBe(400)
    const other = await payload.find({
      collection: 'departments',
      where: { and: [{ tenant: { equals: b.id } }, { code: { equals: 'SALES' } }] },
      overrideAccess: true,
    })
    expect(other.totalDocs).toBe(1)
  })
})
