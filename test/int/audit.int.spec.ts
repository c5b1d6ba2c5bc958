import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineField } from '../../src/customFields/defineField'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
let rep: string
let admin: string

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'audit')
  rep = await api.login(t.people.repRoot.email, PASSWORD)
  admin = await api.login(t.people.admin.email, PASSWORD)
  // The custom field the history below follows.
  const schema = {
    type: 'object',
    additionalProperties: false,
    properties: {
      tier: defineField('select', { options: ['gold', 'silver'].map((value) => ({ value, label: { en: value } })) }),
    },
  }
  const draft = (await api.rest('POST', '/entity-schemas', { token: admin }, { entity: 'accounts', schema })).body.doc
  expect((await api.rest('POST', `/entity-schemas/${draft.id}/publish`, { token: admin })).status).toBe(200)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const history = async (id: unknown, token = rep) =>
  (await api.rest('GET', `/audit-log/record/accounts/${id}?limit=50`, { token })).body

it('create, update (custom fields included), soft delete and restore each leave an entry with field-by-field changes', async () => {
  const created = await api.rest(
    'POST',
    '/accounts',
    { token: rep },
    { name: '华东贸易', phone: '021-1', custom: { tier: 'gold' } },
  )
  const id = created.body.doc.id
  await api.rest('PATCH', `/accounts/${id}`, { token: rep }, { phone: '021-2', custom: { tier: 'silver' } })
  await api.rest('PATCH', `/accounts/${id}?trash=true`, { token: rep }, { deletedAt: new Date().toISOString() })
  await api.rest('PATCH', `/accounts/${id}?trash=true`, { token: rep }, { deletedAt: null })

  const entries = (await history(id)).docs as {
    action: string
    user: { id: unknown }
    changes: { field: string; before: unknown; after: unknown }[]
  }[]
  expect(entries.map((e) => e.action)).toEqual(['restore', 'delete', 'update', 'create'])
  expect(String(entries[3].user.id)).toBe(String(t.people.repRoot.id))
  expect(entries[3].changes).toEqual(expect.arrayContaining([{ field: 'name', before: null, after: '华东贸易' }]))
  expect(entries[2].changes).toEqual([
    { field: 'custom.tier', before: 'gold', after: 'silver' },
    { field: 'phone', before: '021-1', after: '021-2' },
  ])
  expect(entries[1].changes.map((c) => c.field)).toEqual(['deletedAt'])
})

it('a permanent delete (purge) keeps what the record held', async () => {
  const created = await api.rest('POST', '/accounts', { token: rep }, { name: 'To purge' })
  const id = created.body.doc.id
  expect((await api.rest('DELETE', `/accounts/${id}`, { token: admin })).status).toBe(200)
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ recordId: { equals: String(id) } }, { action: { equals: 'purge' } }] },
    overrideAccess: true,
  })
  expect(docs[0].changes).toEqual(expect.arrayContaining([{ field: 'name', before: 'To purge', after: null }]))
})

it('whoever may read a record sees its history; whoever may not, does not', async () => {
  const mine = await api.rest('POST', '/accounts', { token: rep }, { name: 'Mine' })
  const other = await payload.create({
    collection: 'accounts',
    data: { tenant: t.id, owner: t.people.repOther.id, name: 'Not mine' },
    overrideAccess: true,
  })
  expect((await history(mine.body.doc.id)).docs.length).toBe(1)
  expect((await api.rest('GET', `/audit-log/record/accounts/${other.id}`, { token: rep })).status).toBeOneOf([403, 404])
  // The trail as a whole is for admins.
  expect((await api.rest('GET', '/audit-log', { token: rep })).status).toBe(403)
  expect((await api.rest('GET', '/audit-log', { token: admin })).body.totalDocs).toBeGreaterThan(0)
})
