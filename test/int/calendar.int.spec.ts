import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Id } from '../../src/access/types'
import { calendarRange } from '../../src/calendar/range/calendarRange'
import { sendDueReminders } from '../../src/calendar/reminders/sendDueReminders'
import { Api } from '../helpers/api'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { createTenant, PASSWORD, type TestTenant } from '../helpers/tenants'

/**
 * The calendar: a range query bounded by the visible days and scoped by access, the overlap dry run
 * before saving, and reminders sent once per event and start time.
 */
let payload: Payload
let api: Api
let a: TestTenant
let b: TestTenant
const tokens: Record<string, string> = {}

// A week in Shanghai (the tenants' default zone), weeks starting on Monday.
const week = calendarRange('week', '2026-03-04', 'Asia/Shanghai', 1)
const at = (isoLocal: string) => new Date(`${isoLocal}+08:00`).toISOString()

type Event = { id: Id; subject: string; owner: Id; startAt: string }
const createEvent = async (who: string, data: Record<string, unknown>) => {
  const res = await api.rest('POST', '/activities', { token: tokens[who] }, { type: 'meeting', ...data })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as Event
}
const range = async (who: string, from: Date, to: Date, people = '') => {
  const q = `from=${from.toISOString()}&to=${to.toISOString()}${people ? `&people=${people}` : ''}`
  return api.rest('GET', `/calendar/events?${q}`, { token: tokens[who] })
}
const subjects = (body: { events: { subject: string }[] }) => body.events.map((e) => e.subject).sort()

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  api = new Api(payload.config)
  a = await createTenant(payload, 'calendar-a')
  b = await createTenant(payload, 'calendar-b')
  for (const [key, person] of Object.entries({ ...a.people, bAdmin: b.people.admin }))
    tokens[key] = await api.login(person.email, PASSWORD)
  await createEvent('repRoot', { subject: 'Root Monday', startAt: at('2026-03-02T09:00:00'), endAt: at('2026-03-02T10:00:00') })
  // Started the Sunday before the week and still running on Monday morning: shown.
  await createEvent('repRoot', {
    subject: 'Root overnight',
    startAt: at('2026-03-01T22:00:00'),
    endAt: at('2026-03-02T02:00:00'),
  })
  // Outside the week on both sides: not shown.
  await createEvent('repRoot', {
    subject: 'Root last week',
    startAt: at('2026-02-27T09:00:00'),
    endAt: at('2026-02-27T10:00:00'),
  })
  await createEvent('repRoot', {
    subject: 'Root next Monday',
    startAt: at('2026-03-09T00:00:00'),
    endAt: at('2026-03-09T01:00:00'),
  })
  await createEvent('repChild', {
    subject: 'Child Tuesday',
    startAt: at('2026-03-03T14:00:00'),
    endAt: at('2026-03-03T15:00:00'),
  })
  await createEvent('repOther', {
    subject: 'Other Tuesday',
    startAt: at('2026-03-03T14:00:00'),
    endAt: at('2026-03-03T15:00:00'),
  })
  const task = await api.rest(
    'POST',
    '/tasks',
    { token: tokens.repRoot },
    { subject: 'Root task', assignee: a.people.repRoot.id, dueAt: at('2026-03-05T18:00:00') },
  )
  expect(task.status, JSON.stringify(task.body)).toBe(201)
  await payload.create({
    collection: 'activities',
    data: { tenant: b.id, subject: 'B secret', type: 'meeting', startAt: at('2026-03-02T09:00:00') } as never,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('the range query', () => {
  it('returns what the visible week holds and nothing outside it', async () => {
    const res = await range('repRoot', week.from, week.to)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(subjects(res.body)).toEqual(['Root Monday', 'Root overnight'])
    expect(res.body.tasks.map((t: { subject: string }) => t.subject)).toEqual(['Root task'])
    expect(res.body.truncated).toBe(false)
  })

  it('a rep cannot open a colleague’s calendar; a manager opens their department’s people', async () => {
    const refused = await range('repRoot', week.from, week.to, String(a.people.repChild.id))
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('people')
    const team = await range('manager', week.from, week.to, [a.people.repRoot.id, a.people.repChild.id].join(','))
    expect(team.status, JSON.stringify(team.body)).toBe(200)
    expect(subjects(team.body)).toEqual(['Child Tuesday', 'Root Monday', 'Root overnight'])
    // The Service rep is outside the manager's department tree.
    expect((await range('manager', week.from, week.to, String(a.people.repOther.id))).status).toBe(400)
  })

  it('refuses a range wider than 45 days or ending before it starts, naming the field', async () => {
    const long = await range('repRoot', week.from, new Date(week.from.getTime() + 46 * 86_400_000))
    expect(long.status).toBe(400)
    expect(long.body.errors[0].data.errors[0].path).toBe('to')
    const bad = await api.rest('GET', '/calendar/events?from=yesterday&to=2026-03-09T00:00:00Z', { token: tokens.repRoot })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('from')
  })

  it('finds nothing of another company', async () => {
    const res = await range('bAdmin', week.from, week.to)
    expect(res.status).toBe(200)
    expect(subjects(res.body)).toEqual([])
    const cross = await range('admin', week.from, week.to, String(b.people.admin.id))
    expect(cross.status).toBe(400)
    const conflicts = await api.rest(
      'POST',
      '/calendar/conflicts',
      { token: tokens.bAdmin },
      { startAt: at('2026-03-02T09:00:00'), endAt: at('2026-03-02T10:00:00'), owner: a.people.repRoot.id },
    )
    expect(conflicts.status).toBe(400)
  })
})

describe('the overlap check', () => {
  const check = (who: string, body: Record<string, unknown>) =>
    api.rest('POST', '/calendar/conflicts', { token: tokens[who] }, body)

  it('names the events of the same person a new time overlaps, and none when it touches only', async () => {
    const res = await check('repRoot', { startAt: at('2026-03-02T09:30:00'), endAt: at('2026-03-02T11:00:00') })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.conflicts.map((c: Event) => c.subject)).toEqual(['Root Monday'])
    const touching = await check('repRoot', { startAt: at('2026-03-02T10:00:00'), endAt: at('2026-03-02T11:00:00') })
    expect(touching.body.conflicts).toEqual([])
    // The same time for another person of the team is free.
    const other = await check('manager', {
      owner: a.people.repChild.id,
      startAt: at('2026-03-02T09:30:00'),
      endAt: at('2026-03-02T10:30:00'),
    })
    expect(other.body.conflicts).toEqual([])
  })

  it('a moved event does not conflict with itself, and cancelled events do not count', async () => {
    const first = await createEvent('repRoot', {
      subject: 'Move me',
      startAt: at('2026-03-06T09:00:00'),
      endAt: at('2026-03-06T10:00:00'),
    })
    const self = await check('repRoot', {
      startAt: at('2026-03-06T09:30:00'),
      endAt: at('2026-03-06T10:30:00'),
      exclude: first.id,
    })
    expect(self.body.conflicts).toEqual([])
    await api.rest('PATCH', `/activities/${first.id}`, { token: tokens.repRoot }, { status: 'cancelled' })
    const after = await check('repRoot', { startAt: at('2026-03-06T09:30:00'), endAt: at('2026-03-06T10:30:00') })
    expect(after.body.conflicts).toEqual([])
  })

  it('an end before the start is refused on save, naming endAt', async () => {
    const res = await api.rest(
      'POST',
      '/activities',
      { token: tokens.repRoot },
      { subject: 'Backwards', type: 'meeting', startAt: at('2026-03-06T11:00:00'), endAt: at('2026-03-06T10:00:00') },
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('endAt')
  })
})

describe('reminders', () => {
  const reminders = async (user: Id) =>
    (
      await payload.find({
        collection: 'notifications',
        where: { and: [{ user: { equals: user } }, { kind: { equals: 'reminder' } }] },
        overrideAccess: true,
        sort: 'createdAt',
      })
    ).docs as unknown as { textEn: string; textZh: string; record: string }[]

  it('notifies the owner once when the reminder time has come, and again after the event moves', async () => {
    const event = await createEvent('repChild', {
      subject: 'Client visit',
      startAt: at('2026-03-10T10:00:00'),
      endAt: at('2026-03-10T11:00:00'),
      remindMinutesBefore: 15,
    })
    const stored = await payload.findByID({ collection: 'activities', id: event.id, overrideAccess: true })
    expect(new Date(stored.remindAt as string).toISOString()).toBe(at('2026-03-10T09:45:00'))
    const req = { payload } as never
    // Too early: nothing.
    expect(await sendDueReminders(req, new Date(at('2026-03-10T09:44:00')))).toBe(0)
    expect(await sendDueReminders(req, new Date(at('2026-03-10T09:46:00')))).toBe(1)
    expect(await sendDueReminders(req, new Date(at('2026-03-10T09:50:00')))).toBe(0)
    const [notice] = await reminders(a.people.repChild.id)
    expect(notice.record).toBe(String(event.id))
    expect(notice.textEn).toContain('Client visit')
    expect(notice.textZh).toContain('提醒')
    // Moved an hour later: the reminder is armed again for the new time.
    await api.rest(
      'PATCH',
      `/activities/${event.id}`,
      { token: tokens.repChild },
      { startAt: at('2026-03-10T11:00:00'), endAt: at('2026-03-10T12:00:00') },
    )
    expect(await sendDueReminders(req, new Date(at('2026-03-10T10:00:00')))).toBe(0)
    expect(await sendDueReminders(req, new Date(at('2026-03-10T10:46:00')))).toBe(1)
    // Once started, no reminder is sent late.
    expect(await sendDueReminders(req, new Date(at('2026-03-10T11:01:00')))).toBe(0)
    expect(await reminders(a.people.repChild.id)).toHaveLength(2)
  })

  it('the scheduled task sends a due reminder (backdated data, real clock)', async () => {
    const soon = new Date(Date.now() + 5 * 60_000).toISOString()
    const event = await createEvent('repOther', { subject: 'Stand-up', startAt: soon, remindMinutesBefore: 10 })
    await payload.jobs.queue({ task: 'sendEventReminders', input: {} })
    await payload.jobs.run({ limit: 10 })
    const notices = await reminders(a.people.repOther.id)
    expect(notices.map((n) => n.record)).toEqual([String(event.id)])
    await payload.jobs.queue({ task: 'sendEventReminders', input: {} })
    await payload.jobs.run({ limit: 10 })
    expect(await reminders(a.people.repOther.id)).toHaveLength(1)
  })
})
