import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let other: TestTenant
const tokens: Record<string, string> = {}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'share')
  other = await createTenant(payload, 'share-other')
  for (const who of ['repRoot', 'repChild', 'repOther'] as const) tokens[who] = await api.login(t.people[who].email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

it('an owner shares a customer; the colleague sees it and follows it up, others still do not', async () => {
  const account = (await api.rest('POST', '/accounts', { token: tokens.repRoot }, { name: '共享客户' })).body.doc
  expect((await api.rest('GET', `/accounts/${account.id}`, { token: tokens.repOther })).status).toBeOneOf([403, 404])
  const shared = await api.rest(
    'PATCH',
    `/accounts/${account.id}`,
    { token: tokens.repRoot },
    { sharedWith: [t.people.repOther.id] },
  )
  expect(shared.status).toBe(200)
  expect((await api.rest('GET', `/accounts/${account.id}`, { token: tokens.repOther })).status).toBe(200)
  const list = await api.rest('GET', '/accounts?limit=100&depth=0', { token: tokens.repOther })
  expect(list.body.docs.map((d: { id: unknown }) => d.id)).toContain(account.id)
  const followUp = await api.rest(
    'PATCH',
    `/accounts/${account.id}`,
    { token: tokens.repOther },
    { lastFollowUpAt: new Date().toISOString(), phone: '021-8888' },
  )
  expect(followUp.status).toBe(200)
  expect((await api.rest('GET', `/accounts/${account.id}`, { token: tokens.repChild })).status).toBeOneOf([403, 404])
  // Sharing does not hand the record over.
  expect(String((await payload.findByID({ collection: 'accounts', id: account.id, overrideAccess: true, depth: 0 })).owner)).toBe(
    String(t.people.repRoot.id),
  )
})

it('a record cannot be shared with someone of another tenant', async () => {
  const account = (await api.rest('POST', '/accounts', { token: tokens.repRoot }, { name: 'Not across tenants' })).body.doc
  const res = await api.rest(
    'PATCH',
    `/accounts/${account.id}`,
    { token: tokens.repRoot },
    { sharedWith: [other.people.repRoot.id] },
  )
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toContain('sharedWith')
})
