import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

let payload: Payload
let api: Api
let t: TestTenant
const tokens: Record<string, string> = {}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = new Api(booted.config)
  t = await createTenant(payload, 'handover')
  for (const who of ['admin', 'manager', 'repRoot'] as const) tokens[who] = await api.login(t.people[who].email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const make = (collection: string, owner: unknown, data: Record<string, unknown>) =>
  payload.create({ collection, data: { tenant: t.id, owner, department: t.departments.other, ...data }, overrideAccess: true })

it('a leaving employee’s records all go to a colleague in one operation, each move in the audit trail', async () => {
  const leaving = t.people.repOther.id
  const accounts = await Promise.all([1, 2, 3].map((i) => make('accounts', leaving, { name: `Leaving ${i}` })))
  const task = await make('tasks', leaving, { subject: 'Call back' })
  const res = await api.rest('POST', '/hand-over', { token: tokens.admin }, { from: leaving, to: t.people.repChild.id })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  expect(res.body.moved).toMatchObject({ accounts: 3, tasks: 1 })
  for (const doc of [...accounts, task]) {
    const collection = doc === task ? 'tasks' : 'accounts'
    const stored = await payload.findByID({ collection, id: doc.id, overrideAccess: true, depth: 0 })
    expect(String(stored.owner)).toBe(String(t.people.repChild.id))
    expect(String(stored.department)).toBe(String(t.departments.child))
  }
  const entries = await payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { entity: { equals: 'accounts' } },
        { recordId: { equals: String(accounts[0].id) } },
        { action: { equals: 'update' } },
      ],
    },
    overrideAccess: true,
  })
  expect(entries.docs[0].changes).toEqual(
    expect.arrayContaining([{ field: 'owner', before: leaving, after: t.people.repChild.id }]),
  )
})

it('respects permissions: a rep can hand over only what they may update, and the rest is reported as skipped', async () => {
  const other = await make('accounts', t.people.manager.id, { name: 'Manager’s own' })
  const res = await api.rest(
    'POST',
    '/hand-over',
    { token: tokens.repRoot },
    { from: t.people.manager.id, to: t.people.repRoot.id },
  )
  expect(res.status).toBe(200)
  expect(res.body.moved.accounts ?? 0).toBe(0)
  expect(res.body.skipped.accounts).toBeGreaterThanOrEqual(1)
  expect(String((await payload.findByID({ collection: 'accounts', id: other.id, overrideAccess: true, depth: 0 })).owner)).toBe(
    String(t.people.manager.id),
  )
})

it('mass update: a field set on a filtered set, logged and limited to what the user may change', async () => {
  const mine = await Promise.all(
    [1, 2].map((i) => make('accounts', t.people.repRoot.id, { name: `Mass ${i}`, status: 'active' })),
  )
  const notMine = await make('accounts', t.people.repOther.id, { name: 'Mass 3', status: 'active' })
  const res = await api.rest('PATCH', '/accounts?where[name][like]=Mass', { token: tokens.repRoot }, { status: 'dormant' })
  expect(res.status).toBe(200)
  expect(res.body.docs).toHaveLength(2)
  for (const doc of mine)
    expect((await payload.findByID({ collection: 'accounts', id: doc.id, overrideAccess: true })).status).toBe('dormant')
  expect((await payload.findByID({ collection: 'accounts', id: notMine.id, overrideAccess: true })).status).toBe('active')
  const logged = await payload.find({
    collection: 'audit-log',
    where: { and: [{ recordId: { equals: String(mine[0].id) } }, { action: { equals: 'update' } }] },
    overrideAccess: true,
  })
  expect(logged.docs[0].changes).toEqual([{ field: 'status', before: 'active', after: 'dormant' }])
})
