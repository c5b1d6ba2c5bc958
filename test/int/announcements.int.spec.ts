import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Announcements reach their audience once published — everyone, departments or people — whatever the
 * readers' roles grant; opening one stores a read receipt once; its author sees who has read it.
 */
let payload: Payload
let api: Api
let t: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}
const ids: Record<string, Id> = {}

const titles = async (who: string) => {
  const res = await api.rest('GET', '/announcements?limit=50&depth=0&sort=title', { token: tokens[who] })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return (res.body.docs as { title: string }[]).map((d) => d.title)
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  t = await createTenant(payload, 'notices')
  b = await createTenant(payload, 'notices-b')
  for (const [key, person] of Object.entries({ ...t.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
  const now = new Date(Date.now() - 60_000).toISOString()
  const later = new Date(Date.now() + 86_400_000).toISOString()
  const post = async (key: string, data: Record<string, unknown>) => {
    const res = await api.rest('POST', '/announcements', { token: tokens.admin }, { body: '正文', publishedAt: now, ...data })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    ids[key] = res.body.doc.id
  }
  await post('all', { title: 'A 全体公告', audience: 'all' })
  await post('other', { title: 'B 其他部门', audience: 'departments', audienceDepartments: [t.departments.other] })
  await post('person', { title: 'C 致 rep-root', audience: 'users', audienceUsers: [t.people.repRoot.id] })
  await post('future', { title: 'D 明天发布', audience: 'all', publishedAt: later })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('announcements', () => {
  it('reach everyone, the departments or the people named, once published', async () => {
    expect(await titles('repRoot')).toEqual(['A 全体公告', 'C 致 rep-root'])
    expect(await titles('repOther')).toEqual(['A 全体公告', 'B 其他部门'])
    expect(await titles('repChild')).toEqual(['A 全体公告'])
    expect(await titles('admin')).toEqual(['A 全体公告', 'B 其他部门', 'C 致 rep-root', 'D 明天发布'])
    expect(await titles('bAdmin')).toEqual([])
    expect((await api.rest('GET', `/announcements/${ids.other}`, { token: tokens.repRoot })).status).toBe(404)
  })

  it('stores one receipt per reader, even for reads at the same instant, and none for an announcement out of reach', async () => {
    const reads = await Promise.all(
      [1, 2, 3].map(() => api.rest('POST', `/announcements/${ids.all}/read`, { token: tokens.repRoot })),
    )
    for (const r of reads) expect([200, 201]).toContain(r.status)
    expect(new Set(reads.map((r) => r.body.readAt)).size).toBe(1)
    expect((await api.rest('POST', `/announcements/${ids.other}/read`, { token: tokens.repRoot })).status).toBe(404)
    expect((await api.rest('POST', `/announcements/${ids.all}/read`, { token: tokens.bAdmin })).status).toBe(404)
    const rows = await payload.find({
      collection: 'announcement-reads',
      where: { user: { equals: t.people.repRoot.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(rows.docs.map((r) => r.announcement)).toEqual([ids.all])
  })

  it('shows its author who of the audience has read it; readers and other companies see no receipts', async () => {
    expect((await api.rest('POST', `/announcements/${ids.person}/read`, { token: tokens.repRoot })).status).toBe(201)
    const receipts = await api.rest('GET', `/announcements/${ids.all}/receipts`, { token: tokens.admin })
    expect(receipts.status, JSON.stringify(receipts.body)).toBe(200)
    const members = await payload.count({
      collection: 'users',
      where: { 'memberships.tenant': { equals: t.id } },
      overrideAccess: true,
    })
    expect(receipts.body.total).toBe(members.totalDocs)
    expect(receipts.body.read).toBe(1)
    const people = receipts.body.people as { id: Id; readAt: string | null }[]
    expect(people.filter((p) => p.readAt).map((p) => p.id)).toEqual([t.people.repRoot.id])
    const one = await api.rest('GET', `/announcements/${ids.person}/receipts`, { token: tokens.admin })
    expect(one.body.people.map((p: { id: Id }) => p.id)).toEqual([t.people.repRoot.id])
    expect(one.body.read).toBe(1)
    expect((await api.rest('GET', `/announcements/${ids.all}/receipts`, { token: tokens.repRoot })).status).toBe(404)
    expect((await api.rest('GET', `/announcements/${ids.all}/receipts`, { token: tokens.bAdmin })).status).toBe(404)
  })
})
