import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
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
  t = await createTenant(payload, 'bin')
  rep = await api.login(t.people.repRoot.email, PASSWORD)
  admin = await api.login(t.people.admin.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const exists = async (collection: string, id: unknown) =>
  Boolean(await payload.findByID({ collection, id: id as number, trash: true, overrideAccess: true, disableErrors: true }))

it('a user’s delete is a soft delete; deleting for good is refused to them', async () => {
  const account = (await api.rest('POST', '/accounts', { token: rep }, { name: '回收站客户' })).body.doc
  expect((await api.rest('DELETE', `/accounts/${account.id}`, { token: rep })).status).toBe(403)
  expect(await exists('accounts', account.id)).toBe(true)
  const trashed = await api.rest(
    'PATCH',
    `/accounts/${account.id}?trash=true`,
    { token: rep },
    { deletedAt: new Date().toISOString() },
  )
  expect(trashed.status).toBe(200)
  expect((await api.rest('GET', `/accounts/${account.id}`, { token: rep })).status).toBe(404)
})

it('the admin lists deleted records across modules, restores one with its links, and purges another', async () => {
  const account = (await api.rest('POST', '/accounts', { token: rep }, { name: '恢复我' })).body.doc
  const contact = (await api.rest('POST', '/contacts', { token: rep }, { name: '联系人甲', account: account.id })).body.doc
  const note = (await api.rest('POST', '/notes', { token: rep }, { title: '备忘乙' })).body.doc
  const now = new Date().toISOString()
  await api.rest('PATCH', `/accounts/${account.id}?trash=true`, { token: rep }, { deletedAt: now })
  await api.rest('PATCH', `/notes/${note.id}?trash=true`, { token: rep }, { deletedAt: now })

  expect((await api.rest('GET', '/recycle-bin', { token: rep })).status).toBe(403)
  const bin = await api.rest('GET', '/recycle-bin?limit=50', { token: admin })
  expect(bin.status).toBe(200)
  const keys = bin.body.docs.map((e: { collection: string; title: string }) => `${e.collection}:${e.title}`)
  expect(keys).toEqual(expect.arrayContaining(['accounts:恢复我', 'notes:备忘乙']))

  expect((await api.rest('POST', `/recycle-bin/accounts/${account.id}/restore`, { token: admin })).status).toBe(200)
  const restored = await api.rest('GET', `/accounts/${account.id}`, { token: rep })
  expect(restored.status).toBe(200)
  const stillLinked = await payload.findByID({ collection: 'contacts', id: contact.id, overrideAccess: true, depth: 0 })
  expect(String(stillLinked.account)).toBe(String(account.id))

  expect((await api.rest('DELETE', `/recycle-bin/notes/${note.id}`, { token: admin })).status).toBe(200)
  expect(await exists('notes', note.id)).toBe(false)
  // Only what is in the bin can be purged from it.
  expect((await api.rest('DELETE', `/recycle-bin/accounts/${account.id}`, { token: admin })).status).toBe(404)
  expect(await exists('accounts', account.id)).toBe(true)
})

it('lists page by page', async () => {
  const now = new Date().toISOString()
  for (let i = 0; i < 5; i++) {
    const doc = await payload.create({
      collection: 'tasks',
      data: { tenant: t.id, subject: `任务 ${i}`, owner: t.people.repRoot.id },
      overrideAccess: true,
    })
    await payload.update({ collection: 'tasks', id: doc.id, data: { deletedAt: now }, overrideAccess: true, trash: true })
  }
  const first = await api.rest('GET', '/recycle-bin?limit=2&page=1', { token: admin })
  const second = await api.rest('GET', '/recycle-bin?limit=2&page=2', { token: admin })
  expect(first.body.docs).toHaveLength(2)
  expect(first.body.totalDocs).toBeGreaterThanOrEqual(5)
  expect(first.body.totalPages).toBe(Math.ceil(first.body.totalDocs / 2))
  expect(second.body.docs.map((e: { id: unknown }) => e.id)).not.toEqual(first.body.docs.map((e: { id: unknown }) => e.id))
})

it('records past the tenant’s retention are purged by the nightly job; younger ones stay', async () => {
  await payload.update({ collection: 'tenants', id: t.id, data: { recycleBinDays: 7 }, overrideAccess: true })
  const old = await payload.create({
    collection: 'notes',
    data: { tenant: t.id, title: 'old', owner: t.people.repRoot.id },
    overrideAccess: true,
  })
  const young = await payload.create({
    collection: 'notes',
    data: { tenant: t.id, title: 'young', owner: t.people.repRoot.id },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'notes',
    id: old.id,
    data: { deletedAt: new Date(Date.now() - 8 * 86_400_000).toISOString() },
    overrideAccess: true,
    trash: true,
  })
  await payload.update({
    collection: 'notes',
    id: young.id,
    data: { deletedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() },
    overrideAccess: true,
    trash: true,
  })
  await payload.jobs.queue({ task: 'purgeRecycleBin', input: {} })
  await payload.jobs.run()
  expect(await exists('notes', old.id)).toBe(false)
  expect(await exists('notes', young.id)).toBe(true)
})
