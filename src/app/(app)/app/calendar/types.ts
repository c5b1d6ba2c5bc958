import type { Id } from '../../../../access/types'
import type { CalendarEvent, CalendarTask } from '../../../../calendar/server/calendarEvents'

export type { CalendarEvent, CalendarTask }
export type Person = { id: Id; name: string }
export type CalendarData = { events: CalendarEvent[]; tasks: CalendarTask[]; truncated: boolean }

/** What the event form opens with: a new event at a slot, an existing one, or a move waiting for confirmation. */
export type FormDraft = {
  id?: Id
  updatedAt?: string
  subject: string
  type: string
  owner: string
  day: string
  /** Minutes from local midnight. */
  startMinutes: number
  endMinutes: number
  allDay: boolean
  remindMinutesBefore: number | null
  /** A drag that found conflicts: the form opens with the warning already shown. */
  conflicts?: CalendarEvent[]
}

/** Pixels per minute in the time grid (48 px an hour). */
export const PX_PER_MINUTE = 0.8
