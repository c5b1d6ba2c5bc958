import type { PayloadRequest, Where } from 'payload'
import type { Id } from '../../access/types'
import { calendarFieldError } from '../messages'
import { calendarPeople } from './calendarPeople'

/** The widest range one request may ask for: a month view's six weeks and a little more. */
export const MAX_RANGE_DAYS = 45
/** How far back an event may start and still show in a range (longer events show from their start). */
export const LOOKBACK_DAYS = 31
/** At most this many events and this many tasks per range; `truncated` says when there were more. */
export const RANGE_LIMIT = 500

const DAY = 86_400_000

export type CalendarEvent = {
  id: Id
  subject: string
  type: string
  status: string | null
  startAt: string
  endAt: string | null
  allDay: boolean
  owner: Id | null
  remindMinutesBefore: number | null
  updatedAt: string
}
export type CalendarTask = {
  id: Id
  subject: string
  dueAt: string
  status: string | null
  assignee: Id | null
  priority: string | null
}

/** A date-time parameter, or a 400 naming it. */
export function instantParam(req: PayloadRequest, path: string, value: unknown, required = true): Date | null {
  if (value == null || value === '') {
    if (required) throw calendarFieldError(req, path, 'required')
    return null
  }
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) throw calendarFieldError(req, path, 'badInstant', { value: String(value) })
  return date
}

/** The people asked for, each one the user may open; by default the user alone. */
export async function requestedPeople(req: PayloadRequest, raw: string | null | undefined): Promise<Id[]> {
  const me = (req.user as { id: Id }).id
  const wanted = (raw ?? '').split(',').filter(Boolean)
  if (wanted.length === 0) return [me]
  const allowed = new Map((await calendarPeople(req)).map((p) => [String(p.id), p.id]))
  return wanted.map((w) => {
    const id = allowed.get(w)
    if (id == null) throw calendarFieldError(req, 'people', 'notAPerson', { value: w })
    return id
  })
}

/**
 * The events and tasks of some people within [from, to), read as the user so their access decides.
 * Bounded on both sides of the range and capped, so no view ever loads everything.
 */
export async function calendarEvents(req: PayloadRequest, from: Date, to: Date, people: Id[]) {
  if (to.getTime() <= from.getTime()) throw calendarFieldError(req, 'to', 'rangeEmpty')
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY)
    throw calendarFieldError(req, 'to', 'rangeTooLong', { days: MAX_RANGE_DAYS })
  const eventWhere: Where = {
    and: [
      { owner: { in: people } },
      { startAt: { less_than: to.toISOString() } },
      { startAt: { greater_than_equal: new Date(from.getTime() - LOOKBACK_DAYS * DAY).toISOString() } },
      // Events still running at `from`, or starting inside the range when they have no end.
      { or: [{ endAt: { greater_than: from.toISOString() } }, { startAt: { greater_than_equal: from.toISOString() } }] },
    ],
  }
  const events = await req.payload.find({
    collection: 'activities',
    where: eventWhere,
    sort: 'startAt',
    limit: RANGE_LIMIT,
    depth: 0,
    overrideAccess: false,
    req,
    select: EVENT_FIELDS,
  })
  const taskWhere: Where = {
    and: [
      { or: [{ assignee: { in: people } }, { and: [{ assignee: { exists: false } }, { owner: { in: people } }] }] },
      { dueAt: { greater_than_equal: from.toISOString() } },
      { dueAt: { less_than: to.toISOString() } },
    ],
  }
  const tasks = await req.payload.find({
    collection: 'tasks',
    where: taskWhere,
    sort: 'dueAt',
    limit: RANGE_LIMIT,
    depth: 0,
    overrideAccess: false,
    req,
    select: { subject: true, dueAt: true, status: true, assignee: true, owner: true, priority: true },
  })
  return {
    events: events.docs.map(toEvent),
    tasks: tasks.docs.map((t) => {
      const d = t as unknown as Record<string, unknown>
      return {
        id: t.id,
        subject: String(d.subject ?? ''),
        dueAt: String(d.dueAt),
        status: (d.status as string) ?? null,
        assignee: ((d.assignee ?? d.owner) as Id) ?? null,
        priority: (d.priority as string) ?? null,
      } satisfies CalendarTask
    }),
    truncated: events.hasNextPage || tasks.hasNextPage,
  }
}

/** The fields an event is drawn and checked with (`toEvent` reads these). */
export const EVENT_FIELDS = {
  subject: true,
  type: true,
  status: true,
  startAt: true,
  endAt: true,
  allDay: true,
  owner: true,
  remindMinutesBefore: true,
  updatedAt: true,
} as const

export function toEvent(doc: { id: Id }): CalendarEvent {
  const d = doc as unknown as Record<string, unknown>
  return {
    id: doc.id,
    subject: String(d.subject ?? ''),
    type: String(d.type ?? 'event'),
    status: (d.status as string) ?? null,
    startAt: String(d.startAt),
    endAt: (d.endAt as string) ?? null,
    allDay: Boolean(d.allDay),
    owner: (d.owner as Id) ?? null,
    remindMinutesBefore: (d.remindMinutesBefore as number) ?? null,
    updatedAt: String(d.updatedAt),
  }
}
