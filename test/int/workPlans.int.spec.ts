import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * Plans and summaries: a member writes one per period, hands it in; the manager above them is
 * notified and approves or returns it with a comment; the team overview says who has handed in.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'plans-a')
  b = await createTenant(payload, 'plans-b')
  await payload.update({ collection: 'tenants', id: a.id, data: { timeZone: 'Asia/Shanghai' }, overrideAccess: true })
  // The Sales manager reviews Sales and East; Service has no manager.
  await payload.update({
    collection: 'departments',
    id: a.departments.root,
    data: { manager: a.people.manager.id },
    overrideAccess: true,
  })
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const call = (who: string, method: string, path: string, body?: unknown) => api.rest(method, path, { token: tokens[who] }, body)
const write = async (who: string, data: Record<string, unknown>) => {
  const res = await call(who, 'POST', '/work-plans', { kind: 'plan', period: 'week', content: 'Visit five customers', ...data })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number | string; status: string; periodKey: string; title: string; reviewer?: unknown }
}
const fieldsOf = (body: { errors?: { data?: { errors?: { path: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((e) => (e.data?.errors ?? []).map((f) => f.path))
const noticesOf = async (user: string | number) =>
  (
    await payload.find({
      collection: 'notifications',
      where: { and: [{ user: { equals: user } }, { entity: { equals: 'work-plans' } }] },
      sort: '-createdAt',
      overrideAccess: true,
    })
  ).docs as unknown as { textEn: string; textZh: string; record: string }[]

describe('writing a plan', () => {
  it("files it under the company's week, as a draft whatever status the form sends", async () => {
    // Monday 00:30 in Shanghai, still Sunday in UTC: week 49, not 48.
    const plan = await write('repChild', { periodDate: '2026-11-29T16:30:00.000Z', status: 'approved' })
    expect(plan).toMatchObject({ status: 'draft', periodKey: '2026-W49', title: '2026-W49 weekly plan' })
    expect(plan.reviewer ?? null).toBeNull()
  })

  it('refuses a second plan of the same period, naming the day; a summary of it is fine', async () => {
    const again = await call('repChild', 'POST', '/work-plans', {
      kind: 'plan',
      period: 'week',
      periodDate: '2026-12-02T02:00:00.000Z',
      content: 'again',
    })
    expect(again.status).toBe(400)
    expect(fieldsOf(again.body)).toEqual(['periodDate'])
    expect(JSON.stringify(again.body)).toMatch(/already have one for this period|该周期已有一份/)
    const summary = await write('repChild', { kind: 'summary', periodDate: '2026-12-02T02:00:00.000Z' })
    expect(summary.title).toBe('2026-W49 weekly summary')
  })
})

describe('handing in and reviewing', () => {
  it('goes to the manager above the author, locks, and comes back with a comment, then is approved', async () => {
    const plan = await write('repChild', { periodDate: '2026-11-18T04:00:00.000Z' })
    // A colleague can neither hand it in nor review it: it is out of their reach.
    expect((await call('repRoot', 'POST', `/work-plans/${plan.id}/submit`)).status).toBe(404)
    expect((await call('repRoot', 'POST', `/work-plans/${plan.id}/review`, { verdict: 'approved' })).status).toBe(404)
    expect((await call('bAdmin', 'POST', `/work-plans/${plan.id}/submit`)).status).toBe(404)

    const submitted = await call('repChild', 'POST', `/work-plans/${plan.id}/submit`)
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(submitted.body.doc).toMatchObject({ status: 'submitted' })
    expect(String(submitted.body.doc.reviewer)).toBe(String(a.people.manager.id))
    const [notice] = await noticesOf(a.people.manager.id)
    expect(notice).toMatchObject({ record: String(plan.id) })
    expect(notice.textEn).toContain('2026-W47 weekly plan')

    // Handed in: locked for the author, and not handed in twice.
    const edit = await call('repChild', 'PATCH', `/work-plans/${plan.id}`, { content: 'changed my mind' })
    expect(edit.status).toBe(400)
    expect(fieldsOf(edit.body)).toEqual(['status'])
    expect((await call('repChild', 'POST', `/work-plans/${plan.id}/submit`)).status).toBe(409)
    expect((await call('repChild', 'POST', `/work-plans/${plan.id}/review`, { verdict: 'approved' })).status).toBe(403)

    // A return says what to change.
    const bare = await call('manager', 'POST', `/work-plans/${plan.id}/review`, { verdict: 'returned' })
    expect(bare.status).toBe(400)
    expect(fieldsOf(bare.body)).toEqual(['comment'])
    const wrong = await call('manager', 'POST', `/work-plans/${plan.id}/review`, { verdict: 'maybe' })
    expect(fieldsOf(wrong.body)).toEqual(['verdict'])
    const returned = await call('manager', 'POST', `/work-plans/${plan.id}/review`, {
      verdict: 'returned',
      comment: 'Add the East region targets',
    })
    expect(returned.status, JSON.stringify(returned.body)).toBe(200)
    expect(returned.body.doc.status).toBe('returned')
    expect((await noticesOf(a.people.repChild.id))[0].textEn).toContain('Add the East region targets')

    // Returned: the author edits and hands in again; the manager approves.
    expect((await call('repChild', 'PATCH', `/work-plans/${plan.id}`, { content: 'Five visits, East targets' })).status).toBe(200)
    expect((await call('repChild', 'POST', `/work-plans/${plan.id}/submit`)).status).toBe(200)
    const approved = await call('manager', 'POST', `/work-plans/${plan.id}/review`, { verdict: 'approved', comment: 'Good' })
    expect(approved.body.doc.status).toBe('approved')
    const stored = (await call('repChild', 'GET', `/work-plans/${plan.id}?depth=0`)).body
    expect(stored.content).toBe('Five visits, East targets')
    expect(stored.reviews.map((r: { verdict: string; comment: string }) => [r.verdict, r.comment])).toEqual([
      ['returned', 'Add the East region targets'],
      ['approved', 'Good'],
    ])
    const trail = await payload.find({
      collection: 'audit-log',
      where: { and: [{ entity: { equals: 'work-plans' } }, { recordId: { equals: String(plan.id) } }] },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
    const statuses = trail.docs.flatMap((d) =>
      ((d as { changes?: { field: string; after: unknown }[] }).changes ?? [])
        .filter((c) => c.field === 'status')
        .map((c) => c.after),
    )
    // Created as a draft, then each move.
    expect(statuses).toEqual(['draft', 'submitted', 'returned', 'submitted', 'approved'])
  })

  it("sends a manager's own plan to nobody: they cannot approve it themselves, the tenant admin can", async () => {
    const own = await write('manager', { periodDate: '2026-11-18T04:00:00.000Z' })
    const submitted = await call('manager', 'POST', `/work-plans/${own.id}/submit`)
    expect(submitted.body.doc.reviewer ?? null).toBeNull()
    expect((await call('manager', 'POST', `/work-plans/${own.id}/review`, { verdict: 'approved' })).status).toBe(403)
    // The tenant admin reviews what has no reviewer.
    expect((await call('admin', 'POST', `/work-plans/${own.id}/review`, { verdict: 'approved' })).status).toBe(200)
  })

  it('takes one of two reviews sent at once', async () => {
    const plan = await write('repRoot', { periodDate: '2026-11-18T04:00:00.000Z' })
    expect((await call('repRoot', 'POST', `/work-plans/${plan.id}/submit`)).status).toBe(200)
    const answers = await Promise.all([
      call('manager', 'POST', `/work-plans/${plan.id}/review`, { verdict: 'approved' }),
      call('admin', 'POST', `/work-plans/${plan.id}/review`, { verdict: 'returned', comment: 'Shorter' }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const stored = (await call('repRoot', 'GET', `/work-plans/${plan.id}?depth=0`)).body
    expect(stored.reviews).toHaveLength(1)
    expect(stored.status).toBe(stored.reviews[0].verdict)
  })
})

describe('the team overview', () => {
  const overview = (who: string, query: string) => call(who, 'GET', `/work-plans/team?${query}`)

  it("shows the manager their department tree's plans for the week, a page at a time, with counts", async () => {
    const first = await overview('manager', 'kind=plan&period=week&date=2026-11-18&limit=2')
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({
      periodKey: '2026-W47',
      first: '2026-11-16',
      last: '2026-11-22',
      totalDocs: 3,
      totalPages: 2,
    })
    const second = await overview('manager', 'kind=plan&period=week&date=2026-11-18&limit=2&page=2')
    const rows = [...first.body.docs, ...second.body.docs] as { member: { email: string }; plan: { status: string } | null }[]
    const byEmail = Object.fromEntries(rows.map((r) => [r.member.email, r.plan?.status ?? null]))
    // Sales and East: the manager (approved by the admin), rep-root (one review won), rep-child (approved).
    expect(Object.keys(byEmail).sort()).toEqual([a.people.manager.email, a.people.repChild.email, a.people.repRoot.email].sort())
    expect(byEmail[a.people.repChild.email]).toBe('approved')
    const expected: Record<string, number> = { draft: 0, submitted: 0, approved: 0, returned: 0, missing: 0 }
    for (const status of Object.values(byEmail)) expected[status ?? 'missing']++
    expect(first.body.counts).toEqual(expected)
  })

  it('shows a rep only themselves, and names a bad parameter', async () => {
    const mine = await overview('repOther', 'kind=plan&period=week&date=2026-11-18')
    expect(mine.body.docs).toEqual([{ member: expect.objectContaining({ email: a.people.repOther.email }), plan: null }])
    expect(mine.body.counts.missing).toBe(1)
    const bad = await overview('manager', 'kind=plan&period=week&date=18/11/2026')
    expect(bad.status).toBe(400)
    expect(fieldsOf(bad.body)).toEqual(['date'])
    const other = await overview('bAdmin', 'kind=plan&period=week&date=2026-11-18')
    expect(other.body.docs.map((r: { member: { email: string } }) => r.member.email)).not.toContain(a.people.repChild.email)
  })
})
