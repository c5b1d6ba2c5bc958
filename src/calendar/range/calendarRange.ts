import { addDays, weekday, zonedInstant } from './zonedTime'

export type CalendarView = 'day' | 'week' | 'month'
export const CALENDAR_VIEWS: readonly CalendarView[] = ['day', 'week', 'month']

/** 1 = Monday (China and most of the world), 0 = Sunday (the US habit, used for English). */
export type WeekStart = 0 | 1

export const weekStartFor = (language: 'zh' | 'en'): WeekStart => (language === 'zh' ? 1 : 0)

export type CalendarRange = {
  /** The days drawn, in order (a month shows whole weeks around it). */
  days: string[]
  /** Local midnight of the first day, as an instant. */
  from: Date
  /** Local midnight after the last day: the range is [from, to). */
  to: Date
}

/** The first day of the week holding `day`. */
export function startOfWeek(day: string, weekStart: WeekStart): string {
  return addDays(day, -((weekday(day) - weekStart + 7) % 7))
}

/** What a view around `anchor` shows, and the instants that bound its query, in `timeZone`. */
export function calendarRange(view: CalendarView, anchor: string, timeZone: string, weekStart: WeekStart): CalendarRange {
  let first: string
  let count: number
  if (view === 'day') {
    first = anchor
    count = 1
  } else if (view === 'week') {
    first = startOfWeek(anchor, weekStart)
    count = 7
  } else {
    const monthStart = `${anchor.slice(0, 8)}01`
    const nextMonth = `${addDays(monthStart, 31).slice(0, 8)}01`
    const lastDay = addDays(nextMonth, -1)
    first = startOfWeek(monthStart, weekStart)
    const last = addDays(startOfWeek(lastDay, weekStart), 6)
    count = daysBetween(first, last) + 1
  }
  const days = Array.from({ length: count }, (_, i) => addDays(first, i))
  return { days, from: zonedInstant(first, 0, timeZone), to: zonedInstant(addDays(first, count), 0, timeZone) }
}

/** The anchor a step back or forward lands on. */
export function stepAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  if (view === 'day') return addDays(anchor, direction)
  if (view === 'week') return addDays(anchor, 7 * direction)
  const [y, m] = anchor.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1 + direction, 1))
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-01`
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}
