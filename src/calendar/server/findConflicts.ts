import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { conflictsWith, intervalOf } from '../overlap/overlap'
import { type CalendarEvent, EVENT_FIELDS, LOOKBACK_DAYS, toEvent } from './calendarEvents'

const DAY = 86_400_000

/**
 * The timed, not-cancelled events of `owner` that overlap [startAt, endAt), other than `exclude` (the
 * event being moved). Read as the user; the interval logic is the pure `conflictsWith`.
 * All-day events neither block nor are blocked: they mark a day, not an hour.
 */
export async function findConflicts(
  req: PayloadRequest,
  { owner, startAt, endAt, exclude }: { owner: Id; startAt: Date; endAt: Date | null; exclude?: Id | null },
): Promise<CalendarEvent[]> {
  const candidate = intervalOf(startAt, endAt)
  const { docs } = await req.payload.find({
    collection: 'activities',
    where: {
      and: [
        { owner: { equals: owner } },
        { startAt: { less_than: new Date(candidate.end).toISOString() } },
        { startAt: { greater_than_equal: new Date(candidate.start - LOOKBACK_DAYS * DAY).toISOString() } },
        ...(exclude != null ? [{ id: { not_equals: exclude } }] : []),
      ],
    },
    sort: 'startAt',
    limit: 200,
    depth: 0,
    overrideAccess: false,
    req,
    select: EVENT_FIELDS,
  })
  const others = docs
    .map(toEvent)
    .filter((e) => !e.allDay && e.status !== 'cancelled')
    .map((e) => ({ event: e, interval: intervalOf(e.startAt, e.endAt) }))
  return conflictsWith(candidate, others).map((c) => c.event)
}
