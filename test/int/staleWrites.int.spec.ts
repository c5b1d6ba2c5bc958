import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let tokens: string[]

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'stale')
  tokens = [await api.login(t.people.admin.email, PASSWORD), await api.login(t.people.manager.email, PASSWORD)]
})

afterAll(async () => {
  await shutdownPayload(payload)
})

async function account(name: string) {
  return payload.create({
    collection: 'accounts',
    data: { tenant: t.id, owner: t.people.repRoot.id, department: t.departments.root, name },
    overrideAccess: true,
  })
}

it('a save based on the current version passes and moves the version on; one based on an older version gets 409 and the current record', async () => {
  const doc = await account('Original')
  const first = await api.rest(
    'PATCH',
    `/accounts/${doc.id}`,
    { token: tokens[0], headers: { 'if-match': `"${doc.updatedAt}"` } },
    { name: 'First edit' },
  )
  expect(first.status).toBe(200)
  expect(first.body.doc.updatedAt).not.toBe(doc.updatedAt)
  const stale = await api.rest(
    'PATCH',
    `/accounts/${doc.id}`,
    { token: tokens[1], headers: { 'if-match': `"${doc.updatedAt}"`, 'accept-language': 'en' } },
    { name: 'Stale edit' },
  )
  expect(stale.status).toBe(409)
  expect(stale.body.errors[0].message).toMatch(/changed this record/)
  expect(stale.body.errors[0].data.current).toMatchObject({ id: doc.id, name: 'First edit', updatedAt: first.body.doc.updatedAt })
  expect((await payload.findByID({ collection: 'accounts', id: doc.id, overrideAccess: true })).name).toBe('First edit')
})

it('of eight concurrent saves of the same version exactly one wins; the others get 409', async () => {
  const doc = await account('Race')
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      api.rest(
        'PATCH',
        `/accounts/${doc.id}`,
        { token: tokens[i % 2], headers: { 'if-match': doc.updatedAt as string } },
        { name: `Writer ${i}` },
      ),
    ),
  )
  const statuses = results.map((r) => r.status).sort()
  expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409])
  const winner = results.find((r) => r.status === 200)
  expect((await payload.findByID({ collection: 'accounts', id: doc.id, overrideAccess: true })).name).toBe(winner?.body.doc.name)
})

it('a save without a version is unconditional (clients that do not send one keep working)', async () => {
  const doc = await account('Unversioned')
  const res = await api.rest('PATCH', `/accounts/${doc.id}`, { token: tokens[0] }, { name: 'Changed' })
  expect(res.status).toBe(200)
})

it('a refused write does not consume the version', async () => {
  const doc = await account('Keeps version')
  const bad = await api.rest(
    'PATCH',
    `/accounts/${doc.id}`,
    { token: tokens[0], headers: { 'if-match': doc.updatedAt as string } },
    { owner: 999999 },
  )
  expect(bad.status).toBe(400)
  const good = await api.rest(
    'PATCH',
    `/accounts/${doc.id}`,
    { token: tokens[0], headers: { 'if-match': doc.updatedAt as string } },
    { name: 'Now fine' },
  )
  expect(good.status).toBe(200)
})
