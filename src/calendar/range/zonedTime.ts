/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl, so the browser and the server agree
 * without a time-zone library. Days are `YYYY-MM-DD` keys; instants are Dates.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The wall clock in `timeZone` at an instant. */
export function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds. */
export function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant a wall-clock time in `timeZone` happens (the later one across a DST change). */
export function zonedInstant(day: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number)
  const naive = Date.UTC(y, m - 1, d, 0, minutes)
  // Two passes settle the offset on either side of a transition.
  const first = naive - offsetAt(new Date(naive), timeZone)
  return new Date(naive - offsetAt(new Date(first), timeZone))
}

/** The day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function dayOf(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`
}

/** Minutes since local midnight of an instant in `timeZone`. */
export function minutesOfDay(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone)
  return w.hour * 60 + w.minute
}

/** A day key `n` days after `day` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d + n))
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  return addDays(value, 0) === value
}

const pad = (n: number) => String(n).padStart(2, '0')
