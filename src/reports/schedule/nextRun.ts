import { DEFAULT_TIME_ZONE, isTimeZone } from '../../numbering/period'
import { localToInstant, offsetAt } from '../../workspace/charts/monthBuckets'

export type Frequency = 'daily' | 'weekly' | 'monthly'

/** Scheduled reports go out at this local hour, before the working day starts. */
export const SEND_HOUR = 7

/**
 * When a scheduled report is next due after `after`, in the tenant's calendar: the next 07:00 (daily),
 * the next Monday 07:00 (weekly) or the next 1st of a month 07:00 (monthly).
 */
export function nextRunAfter(frequency: Frequency, after: Date, timeZone?: string | null): Date {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  const local = new Date(after.getTime() + offsetAt(after, zone))
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth() + 1
  const d = local.getUTCDate()
  const at = (year: number, month: number, day: number) =>
    new Date(localToInstant(year, month, day, zone).getTime() + SEND_HOUR * 3600_000)
  if (frequency === 'monthly') {
    const thisMonth = at(y, m, 1)
    return thisMonth > after ? thisMonth : at(y, m + 1, 1)
  }
  const today = at(y, m, d)
  if (frequency === 'daily') return today > after ? today : at(y, m, d + 1)
  const weekday = local.getUTCDay() // 0 Sunday … 6 Saturday
  const toMonday = (8 - weekday) % 7
  const monday = at(y, m, d + toMonday)
  return monday > after ? monday : at(y, m, d + toMonday + 7)
}
