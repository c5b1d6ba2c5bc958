export const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

const pad = (n: number) => String(n).padStart(2, '0')

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * A calendar date as `YYYY-MM-DD`, or null. A year first (2026-11-27, 2026/11/27, 2026.11.27,
 * 2026年11月27日, with or without a time after it) is unambiguous; a year last (27-11-2026, 11/27/2026)
 * is read in the order the user chose, never guessed: 03/04/2026 is a different day in each.
 */
export function parseDate(raw: string, order: DateOrder): string | null {
  const text = raw.trim()
  const yearFirst = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(text)
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]))
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)
  if (!yearLast || order === 'ymd') return null
  const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])]
  return order === 'dmy' ? isoDate(year, b, a) : isoDate(year, a, b)
}

/** A date and time as ISO 8601 (UTC when the text names no zone), or null. */
export function parseDateTime(raw: string, order: DateOrder): string | null {
  const text = raw.trim()
  const day = parseDate(text.split(/[ T]/)[0], order)
  if (!day) return null
  const time = /[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(text)
  if (!time) return `${day}T00:00:00.000Z`
  const iso = `${day}T${pad(Number(time[1]))}:${time[2]}:${time[3] ?? '00'}${time[4] ?? 'Z'}`
  const parsed = new Date(iso)
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString()
}
