import type { CollectionBeforeChangeHook } from 'payload'
import { calendarFieldError } from '../messages'

export const MAX_REMIND_MINUTES = 7 * 24 * 60

/**
 * Checks an event's times and keeps `remindAt` (start minus the reminder lead) in step, so the reminder
 * job finds due reminders through one indexed column instead of computing per row.
 */
export const eventTimesHook: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as {
    startAt?: string | null
    endAt?: string | null
    remindMinutesBefore?: number | null
  }
  const start = merged.startAt ? new Date(merged.startAt).getTime() : null
  const end = merged.endAt ? new Date(merged.endAt).getTime() : null
  // Checked only when the times change, so an old row never blocks an unrelated edit; a zero-length
  // event (a call logged at one instant) is allowed.
  const timesChanged = 'startAt' in data || 'endAt' in data
  if (timesChanged && start != null && end != null && end < start) throw calendarFieldError(req, 'endAt', 'endBeforeStart')
  const lead = merged.remindMinutesBefore
  if (lead != null && (!Number.isInteger(lead) || lead < 0 || lead > MAX_REMIND_MINUTES))
    throw calendarFieldError(req, 'remindMinutesBefore', 'remindRange', { max: MAX_REMIND_MINUTES })
  data.remindAt = start != null && lead != null ? new Date(start - lead * 60_000).toISOString() : null
  return data
}
