import type { DateParts } from './pattern'

export const RESET_POLICIES = ['never', 'yearly', 'monthly', 'daily'] as const
export type ResetPolicy = (typeof RESET_POLICIES)[number]

/**
 * Numbers follow the tenant's calendar, not the server's: an order placed at 00:30 on 1 December in
 * Shanghai is a December order although it is still November in UTC. Tenants default to Asia/Shanghai.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The calendar date of an instant in a time zone (an unknown zone falls back to the default). */
export function datePartsIn(instant: Date, timeZone: string | null | undefined): DateParts {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' })
    formatters.set(zone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) }
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** Which counter a date counts in: one per year, month, day, or one for ever. */
export function periodKey(policy: ResetPolicy, date: DateParts): string {
  switch (policy) {
    case 'never':
      return ''
    case 'yearly':
      return pad(date.year, 4)
    case 'monthly':
      return `${pad(date.year, 4)}-${pad(date.month, 2)}`
    case 'daily':
      return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
  }
}
