import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'auth')
  other = await createTenant(payload, 'auth-other')
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const lastLogin = async (email: string) =>
  (
    await payload.find({
      collection: 'login-log',
      where: { email: { equals: email } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]

const client = { 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'FormworkTest/1.0' }

describe('login log', () => {
  it('records a successful login with IP, browser and session', async () => {
    await api.login(t.people.repRoot.email, PASSWORD, client)
    const row = await lastLogin(t.people.repRoot.email)
    expect(row).toMatchObject({ success: true, ip: '203.0.113.7', userAgent: 'FormworkTest/1.0' })
    expect(String(row.user)).toBe(String(t.people.repRoot.id))
    expect(String(row.tenant)).toBe(String(t.id))
    expect(row.sessionId).toMatch(/[0-9a-f-]{36}/)
  })

  it('a wrong password and an unknown email get the same generic answer, and both are logged', async () => {
    const wrong = await api.rest(
      'POST',
      '/users/login',
      { headers: client },
      { email: t.people.repChild.email, password: 'nope' },
    )
    const unknown = await api.rest('POST', '/users/login', { headers: client }, { email: 'nobody@auth.test', password: 'nope' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body.errors[0].message).toBe(unknown.body.errors[0].message)
    expect(await lastLogin(t.people.repChild.email)).toMatchObject({
      success: false,
      reason: 'wrongCredentials',
      ip: '203.0.113.7',
    })
    const unknownRow = await lastLogin('nobody@auth.test')
    expect(unknownRow).toMatchObject({ success: false, reason: 'wrongCredentials' })
    expect(unknownRow.user ?? null).toBeNull()
  })

  it('locks an account after five failures, even against the right password', async () => {
    const email = t.people.repOther.email
    for (let i = 0; i < 5; i++) await api.rest('POST', '/users/login', {}, { email, password: `wrong-${i}` })
    const locked = await api.rest('POST', '/users/login', {}, { email, password: PASSWORD })
    expect(locked.status).toBe(401)
    expect((await lastLogin(email)).reason).toBe('locked')
  })

  it('refuses a deactivated user and says why', async () => {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: 'gone@auth.test',
        password: PASSWORD,
        name: 'Gone',
        active: false,
        memberships: [{ tenant: t.id, roles: [t.roles.sales] }],
      },
      overrideAccess: true,
    })
    const res = await api.rest(
      'POST',
      '/users/login',
      { headers: { 'accept-language': 'en' } },
      { email: 'gone@auth.test', password: PASSWORD },
    )
    expect(res.status).toBe(401)
    expect(res.body.errors[0].message).toMatch(/deactivated/)
    expect(await lastLogin('gone@auth.test')).toMatchObject({ success: false, reason: 'inactive' })
    expect(String((await lastLogin('gone@auth.test')).user)).toBe(String(doc.id))
  })

  it('is readable by the tenant admin for their tenant only, and not by a sales rep', async () => {
    await api.login(other.people.repRoot.email, PASSWORD)
    const admin = await api.login(t.people.admin.email, PASSWORD)
    const list = await api.rest('GET', '/login-log?limit=200&depth=0', { token: admin })
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThan(0)
    expect(list.body.docs.every((row: { tenant: unknown }) => String(row.tenant) === String(t.id))).toBe(true)
    const rep = await api.login(t.people.repRoot.email, PASSWORD)
    expect((await api.rest('GET', '/login-log', { token: rep })).status).toBe(403)
  })
})

describe('sessions', () => {
  it('an admin ends a session and that token stops working at its next request', async () => {
    const userToken = await api.login(t.people.manager.email, PASSWORD)
    expect((await api.rest('GET', '/users/me', { token: userToken })).body.user.email).toBe(t.people.manager.email)
    const admin = await api.login(t.people.admin.email, PASSWORD)
    const list = await api.rest('GET', '/users/sessions?limit=100', { token: admin })
    const row = list.body.docs.find((r: { email: string }) => r.email === t.people.manager.email)
    expect(row).toBeDefined()
    expect(list.body.totalDocs).toBeGreaterThanOrEqual(2)
    const ended = await api.rest('DELETE', `/users/${row.userId}/sessions/${row.sessionId}`, { token: admin })
    expect(ended.status).toBe(200)
    expect((await api.rest('GET', '/users/me', { token: userToken })).body.user).toBeNull()
    expect((await api.rest('GET', '/accounts', { token: userToken })).status).toBe(403)
  })

  it('a sales rep cannot list or end sessions', async () => {
    const rep = await api.login(t.people.repChild.email, PASSWORD)
    expect((await api.rest('GET', '/users/sessions', { token: rep })).status).toBe(403)
  })

  it('pages through sessions', async () => {
    const admin = await api.login(t.people.admin.email, PASSWORD)
    const first = await api.rest('GET', '/users/sessions?limit=1&page=1', { token: admin })
    const second = await api.rest('GET', '/users/sessions?limit=1&page=2', { token: admin })
    expect(first.body.docs).toHaveLength(1)
    expect(first.body.totalPages).toBe(first.body.totalDocs)
    expect(second.body.docs[0].sessionId).not.toBe(first.body.docs[0].sessionId)
  })
})

describe('API keys and language', () => {
  it('an API key acts exactly like its user, within the user’s tenant and scope', async () => {
    const apiKey = crypto.randomUUID()
    await payload.update({
      collection: 'users',
      id: t.people.repRoot.id,
      data: { enableAPIKey: true, apiKey },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'accounts',
      data: { tenant: t.id, name: 'Mine', owner: t.people.repRoot.id },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'accounts',
      data: { tenant: t.id, name: 'Not mine', owner: t.people.repOther.id },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'accounts',
      data: { tenant: other.id, name: 'Other tenant', owner: other.people.repRoot.id },
      overrideAccess: true,
    })
    const headers = { authorization: `users API-Key ${apiKey}` }
    const res = await api.rest('GET', '/accounts?limit=100&depth=0', { headers })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { name: string }) => d.name)).toEqual(['Mine'])
    expect((await api.rest('GET', '/accounts', { headers: { ...headers, 'x-tenant': String(other.id) } })).status).toBe(403)
  })

  it('login sets the admin language cookie from the user’s preference, and changing it updates the cookie', async () => {
    const res = await api.rest('POST', '/users/login', {}, { email: t.people.repChild.email, password: PASSWORD })
    expect(res.headers.get('set-cookie')).toContain('formwork-lng=en')
    const patched = await api.rest('PATCH', `/users/${t.people.repChild.id}`, { token: res.body.token }, { language: 'zh' })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    expect(patched.headers.get('set-cookie')).toContain('formwork-lng=zh')
  })

  it('a user cannot grant themselves roles, memberships or super admin', async () => {
    const token = await api.login(t.people.repChild.email, PASSWORD)
    await api.rest(
      'PATCH',
      `/users/${t.people.repChild.id}`,
      { token },
      { isSuperAdmin: true, active: true, memberships: [{ tenant: t.id, roles: [t.roles['tenant-admin']] }] },
    )
    const stored = await payload.findByID({ collection: 'users', id: t.people.repChild.id, depth: 0, overrideAccess: true })
    expect(stored.isSuperAdmin).toBe(false)
    expect(stored.memberships[0].roles.map(String)).toEqual([String(t.roles.sales)])
  })
})
