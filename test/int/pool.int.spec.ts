import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
  t = await createTenant(payload, 'pool')
  await payload.update({ collection: 'roles', id: t.roles.sales, data: { poolQuota: 2 }, overrideAccess: true })
  for (const who of ['repRoot', 'repChild', 'repOther', 'manager', 'admin'] as const)
    tokens[who] = await api.login(t.people[who].email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const poolAccount = async (name: string, data: Record<string, unknown> = {}) =>
  payload.create({ collection: 'accounts', data: { tenant: t.id, name, owner: null, ...data }, overrideAccess: true })
const post = (who: string, path: string, body: unknown = {}) =>
  api.rest('POST', path, { token: tokens[who], headers: { 'accept-language': 'en' } }, body)
const ownerOf = async (id: unknown) =>
  (await payload.findByID({ collection: 'accounts', id: id as number, overrideAccess: true, depth: 0 })).owner ?? null
const moves = async (id: unknown) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { recordId: { equals: String(id) } },
      sort: 'createdAt',
      overrideAccess: true,
      pagination: false,
    })
  ).docs.map((d) => d.action)

describe('the public pool', () => {
  it('every rep sees pool records, and a claimed record becomes the claimer’s, in their department', async () => {
    const a = await poolAccount('公海客户一')
    const list = await api.rest('GET', '/accounts?limit=100&depth=0', { token: tokens.repOther })
    expect(list.body.docs.map((d: { id: unknown }) => String(d.id))).toContain(String(a.id))
    // Visible is not editable: the pool is changed by claiming.
    expect((await api.rest('PATCH', `/accounts/${a.id}`, { token: tokens.repOther }, { name: 'Hijack' })).status).toBeOneOf([
      403, 404,
    ])
    const res = await post('repChild', `/accounts/${a.id}/claim`)
    expect(res.status).toBe(200)
    const stored = await payload.findByID({ collection: 'accounts', id: a.id, overrideAccess: true, depth: 0 })
    expect(String(stored.owner)).toBe(String(t.people.repChild.id))
    expect(String(stored.department)).toBe(String(t.departments.child))
    expect(stored.claimedAt).toBeTruthy()
    expect(await moves(a.id)).toContain('claim')
  })

  it('two users claiming one record at once: exactly one wins, the other is told clearly, one log entry', async () => {
    const a = await poolAccount('抢客户')
    const results = await Promise.all([post('repRoot', `/accounts/${a.id}/claim`), post('repOther', `/accounts/${a.id}/claim`)])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const loser = results.find((r) => r.status === 409)
    expect(loser?.body.errors[0].message).toBe('Someone else has just taken this record from the pool.')
    expect((await moves(a.id)).filter((m) => m === 'claim')).toHaveLength(1)
  })

  it('the role’s quota stops a rep from hoarding', async () => {
    const held = await payload.count({
      collection: 'accounts',
      where: { owner: { equals: t.people.repOther.id } },
      overrideAccess: true,
    })
    for (let i = held.totalDocs; i < 2; i++)
      expect((await post('repOther', `/accounts/${(await poolAccount(`quota ${i}`)).id}/claim`)).status).toBe(200)
    const extra = await poolAccount('one too many')
    const res = await post('repOther', `/accounts/${extra.id}/claim`)
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/already hold 2 records/)
    expect(await ownerOf(extra.id)).toBeNull()
  })

  it('many claims fired at once by one rep stop exactly at the quota', async () => {
    // repChild's own quota run: hand back whatever they hold, then race eight claims for two places.
    for (let round = 0; round < 3; round++) {
      await payload.update({
        collection: 'accounts',
        where: { owner: { equals: t.people.repChild.id } },
        data: { owner: null },
        overrideAccess: true,
      })
      const records = await Promise.all(Array.from({ length: 8 }, (_, i) => poolAccount(`quota race ${round}.${i}`)))
      const results = await Promise.all(records.map((r) => post('repChild', `/accounts/${r.id}/claim`)))
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 409, 409, 409, 409, 409, 409])
      for (const refused of results.filter((r) => r.status === 409))
        expect(refused.body.errors[0].message).toBe(
          'You already hold 2 records from the pool, the most your role allows. Return one first.',
        )
      const held = await payload.count({
        collection: 'accounts',
        where: { owner: { equals: t.people.repChild.id } },
        overrideAccess: true,
      })
      expect(held.totalDocs).toBe(2)
      const logged = await payload.count({
        collection: 'audit-log',
        where: { and: [{ action: { equals: 'claim' } }, { recordId: { in: records.map((r) => String(r.id)) } }] },
        overrideAccess: true,
      })
      expect(logged.totalDocs).toBe(2)
    }
  })

  it('a manager assigns a pool record; a rep may not', async () => {
    const a = await poolAccount('分配客户')
    expect((await post('repRoot', `/accounts/${a.id}/assign`, { owner: t.people.repRoot.id })).status).toBe(403)
    expect((await post('manager', `/accounts/${a.id}/assign`, { owner: t.people.repRoot.id })).status).toBe(200)
    expect(String(await ownerOf(a.id))).toBe(String(t.people.repRoot.id))
    expect(await moves(a.id)).toContain('assign')
  })

  it('an owner returns a record with a reason; without one, or not theirs, it is refused', async () => {
    const a = await poolAccount('退回客户')
    await post('manager', `/accounts/${a.id}/assign`, { owner: t.people.repRoot.id })
    expect((await post('repRoot', `/accounts/${a.id}/return`, {})).status).toBe(400)
    expect((await post('repOther', `/accounts/${a.id}/return`, { reason: 'not mine' })).status).toBeOneOf([403, 404])
    const res = await post('repRoot', `/accounts/${a.id}/return`, { reason: '客户暂无需求' })
    expect(res.status).toBe(200)
    const stored = await payload.findByID({ collection: 'accounts', id: a.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ owner: null, returnReason: '客户暂无需求' })
    const entry = (
      await payload.find({
        collection: 'audit-log',
        where: { and: [{ recordId: { equals: String(a.id) } }, { action: { equals: 'return' } }] },
        overrideAccess: true,
      })
    ).docs[0]
    expect(entry.reason).toBe('客户暂无需求')
  })

  it('leads have the same pool', async () => {
    const lead = await payload.create({
      collection: 'leads',
      data: { tenant: t.id, name: '公海线索', owner: null },
      overrideAccess: true,
    })
    expect((await api.rest('POST', `/leads/${lead.id}/claim`, { token: tokens.manager }, {})).status).toBe(200)
  })
})

describe('automatic return', () => {
  it('records without follow-up for the tenant’s number of days go back to the pool by the scheduled job, logged', async () => {
    await payload.update({ collection: 'tenants', id: t.id, data: { poolReturnDays: 30 }, overrideAccess: true })
    const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
    const stale = await poolAccount('久未跟进', { owner: t.people.manager.id, lastFollowUpAt: days(45) })
    const fresh = await poolAccount('刚跟进', { owner: t.people.manager.id, lastFollowUpAt: days(3) })
    const neverFollowed = await poolAccount('从未跟进', { owner: t.people.manager.id, claimedAt: days(31) })
    await payload.jobs.queue({ task: 'returnStalePoolRecords', input: {} })
    await payload.jobs.run()
    expect(await ownerOf(stale.id)).toBeNull()
    expect(await ownerOf(neverFollowed.id)).toBeNull()
    expect(String(await ownerOf(fresh.id))).toBe(String(t.people.manager.id))
    expect(await moves(stale.id)).toContain('auto-return')
    const stored = await payload.findByID({ collection: 'accounts', id: stale.id, overrideAccess: true, depth: 0 })
    // In the tenant's language (this test tenant speaks English).
    expect(stored.returnReason).toBe('No follow-up for 30 days')
  })
})
