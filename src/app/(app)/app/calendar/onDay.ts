import { addDays, dayOf } from '../../../../calendar/range/zonedTime'
import type { CalendarEvent } from './types'

/** Whether an event shows on a day: all-day ones over [start day, end day), timed ones on every day they touch. */
export function onDay(event: CalendarEvent, day: string, timeZone: string): boolean {
  const first = dayOf(new Date(event.startAt), timeZone)
  if (event.allDay) {
    const end = event.endAt ? dayOf(new Date(event.endAt), timeZone) : addDays(first, 1)
    return first <= day && day < (end > first ? end : addDays(first, 1))
  }
  // A timed event ending exactly at midnight does not spill onto the next day.
  const last = event.endAt ? dayOf(new Date(new Date(event.endAt).getTime() - 1), timeZone) : first
  return day === first || (first < day && day <= last)
}
