import { DEFAULT_TIME_ZONE, isTimeZone } from '../../numbering/period'

export type MonthBucket = { key: string; from: Date; to: Date }

const formatters = new Map<string, Intl.DateTimeFormat>()

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function offsetAt(instant: Date, zone: string): number {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, formatter)
  }
  const p = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, Number(part.value)]))
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return wall - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant a local wall-clock time happens in a zone (the later one when a clock change skips it). */
export function localToInstant(year: number, month: number, day: number, zone: string): Date {
  const guess = Date.UTC(year, month - 1, day)
  const first = guess - offsetAt(new Date(guess), zone)
  // Once more with the offset in force at the first answer: right across a daylight-saving change.
  return new Date(guess - offsetAt(new Date(first), zone))
}

/**
 * The last `count` calendar months up to the one holding `now`, in the tenant's time zone, oldest
 * first: an order placed at 00:30 on 1 December in Shanghai counts in December although it is still
 * November in UTC. Each bucket is a half-open range [from, to).
 */
export function monthBuckets(now: Date, timeZone: string | null | undefined, count: number): MonthBucket[] {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  const local = new Date(now.getTime() + offsetAt(now, zone))
  let year = local.getUTCFullYear()
  let month = local.getUTCMonth() + 1 - (count - 1)
  while (month < 1) {
    month += 12
    year -= 1
  }
  const buckets: MonthBucket[] = []
  for (let i = 0; i < count; i++) {
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
    buckets.push({
      key: `${year}-${String(month).padStart(2, '0')}`,
      from: localToInstant(year, month, 1, zone),
      to: localToInstant(next.year, next.month, 1, zone),
    })
    ;({ year, month } = next)
  }
  return buckets
}

/** The instant the tenant's calendar day holding `now` ends (local midnight that follows). */
export function endOfDay(now: Date, timeZone: string | null | undefined): Date {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  const local = new Date(now.getTime() + offsetAt(now, zone))
  return localToInstant(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate() + 1, zone)
}
