export type PlanPeriod = 'week' | 'month'

/**
 * The period a day belongs to, as a sortable key: the ISO week (`2026-W48`, weeks start on Monday and
 * belong to the year of their Thursday) or the month (`2026-11`).
 */
export function periodKey(day: string, period: PlanPeriod): string {
  const [y, m, d] = day.split('-').map(Number)
  if (period === 'month') return `${y}-${String(m).padStart(2, '0')}`
  const date = new Date(Date.UTC(y, m - 1, d))
  const weekday = (date.getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const thursday = new Date(date)
  thursday.setUTCDate(date.getUTCDate() - weekday + 3)
  const year = thursday.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(year, 0, 4))
  firstThursday.setUTCDate(4 - ((firstThursday.getUTCDay() + 6) % 7) + 3)
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000))
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** The first and last day (YYYY-MM-DD) of a period key, for display and for the team overview. */
export function periodDays(key: string): { first: string; last: string } {
  const iso = (date: Date) => date.toISOString().slice(0, 10)
  const week = /^(\d{4})-W(\d{2})$/.exec(key)
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4))
    const monday = new Date(jan4)
    monday.setUTCDate(4 - ((jan4.getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7)
    const sunday = new Date(monday)
    sunday.setUTCDate(monday.getUTCDate() + 6)
    return { first: iso(monday), last: iso(sunday) }
  }
  const month = /^(\d{4})-(\d{2})$/.exec(key)
  if (!month) throw new Error(`Not a period key: ${key}`)
  const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))
  const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0))
  return { first: iso(first), last: iso(last) }
}
