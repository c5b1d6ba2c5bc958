import { DEFAULT_TIME_ZONE, isTimeZone } from '../../numbering/period'
import { localToInstant, offsetAt } from '../../workspace/charts/monthBuckets'
import type { DateUnit, RelativePeriod } from '../definition/reportDefinition'

/** A half-open range of instants [from, to). */
export type Range = { from: Date; to: Date }
/** One period a date group falls into: `2026-11`, `2026-Q4` or `2026`. */
export type Period = Range & { key: string }

const zoneOf = (timeZone: string | null | undefined) => (timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE)

/** The wall-clock date of an instant in a zone. */
function localDate(instant: Date, zone: string) {
  const local = new Date(instant.getTime() + offsetAt(instant, zone))
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }
}

// Date.UTC carries day and month overflow (month 13 is next January), so ranges are simple sums.
const at = (zone: string, year: number, month: number, day = 1) => localToInstant(year, month, day, zone)

/**
 * A relative period as instants, in the tenant's calendar: "this month" on 1 December 00:30 in
 * Shanghai is December although it is still November in UTC. Quarters are calendar quarters.
 */
export function relativeRange(period: RelativePeriod, now: Date, timeZone?: string | null): Range {
  const zone = zoneOf(timeZone)
  const { year, month, day } = localDate(now, zone)
  const quarterStart = month - ((month - 1) % 3)
  switch (period) {
    case 'today':
      return { from: at(zone, year, month, day), to: at(zone, year, month, day + 1) }
    case 'last7Days':
      return { from: at(zone, year, month, day - 6), to: at(zone, year, month, day + 1) }
    case 'last30Days':
      return { from: at(zone, year, month, day - 29), to: at(zone, year, month, day + 1) }
    case 'thisMonth':
      return { from: at(zone, year, month), to: at(zone, year, month + 1) }
    case 'lastMonth':
      return { from: at(zone, year, month - 1), to: at(zone, year, month) }
    case 'thisQuarter':
      return { from: at(zone, year, quarterStart), to: at(zone, year, quarterStart + 3) }
    case 'lastQuarter':
      return { from: at(zone, year, quarterStart - 3), to: at(zone, year, quarterStart) }
    case 'thisYear':
      return { from: at(zone, year, 1), to: at(zone, year + 1, 1) }
    case 'lastYear':
      return { from: at(zone, year - 1, 1), to: at(zone, year, 1) }
  }
}

const MONTHS: Record<DateUnit, number> = { month: 1, quarter: 3, year: 12 }

function keyOf(unit: DateUnit, year: number, month: number) {
  if (unit === 'year') return String(year)
  if (unit === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
  return `${year}-${String(month).padStart(2, '0')}`
}

/** The period of a unit that holds an instant, in the zone's calendar (for plain-code checks and targets). */
export function periodOf(instant: Date, unit: DateUnit, timeZone?: string | null): Period {
  const zone = zoneOf(timeZone)
  const { year, month } = localDate(instant, zone)
  const start = month - ((month - 1) % MONTHS[unit])
  return { key: keyOf(unit, year, start), from: at(zone, year, start), to: at(zone, year, start + MONTHS[unit]) }
}

/**
 * The periods of a unit covering [first, last] (both instants included), oldest first; null when there
 * would be more than `limit` of them.
 */
export function periodsCovering(first: Date, last: Date, unit: DateUnit, timeZone: string | null | undefined, limit: number) {
  const zone = zoneOf(timeZone)
  const periods: Period[] = []
  let current = periodOf(first, unit, zone)
  while (current.from.getTime() <= last.getTime()) {
    if (periods.length >= limit) return null
    periods.push(current)
    current = periodOf(current.to, unit, zone)
  }
  return periods
}

/** The month or quarter numbered `index` (1-based) of a year, as a range in the zone's calendar. */
export function calendarPeriod(year: number, unit: 'month' | 'quarter', index: number, timeZone?: string | null): Period {
  const zone = zoneOf(timeZone)
  const month = unit === 'month' ? index : (index - 1) * 3 + 1
  return periodOf(at(zone, year, month), unit, zone)
}
