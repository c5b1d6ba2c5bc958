import type { HelperOptions } from 'handlebars'
import type { Language } from '../types'
import { languageOf, rootOf, splitArgs } from './context'
import { HelperError } from './helperError'

export type DateStyle = 'long' | 'short' | 'numeric' | 'full'
export const DATE_STYLES: readonly DateStyle[] = ['long', 'short', 'numeric', 'full']
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

type Parts = { year: number; month: number; day: number; weekday: number; hour: number; minute: number }

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

// Building an Intl formatter costs far more than using one: one per time zone.
const zoneFormatters = new Map<string, Intl.DateTimeFormat>()
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      })
    } catch {
      throw new HelperError(`date: unknown time zone "${timeZone}"`)
    }
    zoneFormatters.set(timeZone, formatter)
  }
  return formatter
}

/** The calendar parts of a value in a time zone; "2026-11-27" is a calendar day and is never shifted. */
export function dateParts(value: unknown, timeZone: string): Parts | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') {
    const dateOnly = DATE_ONLY.exec(value)
    if (dateOnly) {
      const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])]
      const check = new Date(Date.UTC(year, month - 1, day))
      if (check.getUTCMonth() !== month - 1) throw new HelperError(`date: "${value}" is not a date`)
      return { year, month, day, weekday: check.getUTCDay(), hour: 0, minute: 0 }
    }
  }
  const instant = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null
  if (!instant || Number.isNaN(instant.getTime())) throw new HelperError(`date: "${String(value)}" is not a date`)
  const parts: Record<string, number> = {}
  for (const part of zoneFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()
  return { year: parts.year, month: parts.month, day: parts.day, weekday, hour: parts.hour, minute: parts.minute }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** zh: 2026年11月27日 / 2026-11-27 / 2026/11/27 / 2026年11月27日 星期五; en: 27 Nov 2026 / 2026-11-27 / 27/11/2026 / Friday, 27 November 2026. */
export function formatDateParts(p: Parts, language: Language, style: DateStyle): string {
  if (style === 'short') return `${p.year}-${pad(p.month)}-${pad(p.day)}`
  if (language === 'zh') {
    if (style === 'numeric') return `${p.year}/${pad(p.month)}/${pad(p.day)}`
    const long = `${p.year}年${p.month}月${p.day}日`
    return style === 'full' ? `${long} ${WEEKDAYS_ZH[p.weekday]}` : long
  }
  if (style === 'numeric') return `${pad(p.day)}/${pad(p.month)}/${p.year}`
  if (style === 'full') return `${WEEKDAYS_EN[p.weekday]}, ${p.day} ${MONTHS_LONG[p.month - 1]} ${p.year}`
  return `${p.day} ${MONTHS_SHORT[p.month - 1]} ${p.year}`
}

function styleArg(value: unknown, options: HelperOptions): DateStyle {
  const style = value ?? options.hash.style ?? 'long'
  if (!DATE_STYLES.includes(style as DateStyle)) throw new HelperError(`date: style must be one of ${DATE_STYLES.join(', ')}`)
  return style as DateStyle
}

/** `{{date doc.validUntil}}`, `{{date doc.issuedOn "short"}}`. */
export function dateHelper(...args: unknown[]): string {
  const { values, options } = splitArgs(args)
  const parts = dateParts(values[0], rootOf(options).timeZone || DEFAULT_TIME_ZONE)
  return parts ? formatDateParts(parts, languageOf(options), styleArg(values[1], options)) : ''
}

/** `{{dateTime printedAt}}` → 2026年11月27日 14:05 / 27 Nov 2026, 14:05. */
export function dateTimeHelper(...args: unknown[]): string {
  const { values, options } = splitArgs(args)
  const parts = dateParts(values[0], rootOf(options).timeZone || DEFAULT_TIME_ZONE)
  if (!parts) return ''
  const language = languageOf(options)
  const date = formatDateParts(parts, language, styleArg(values[1], options))
  return `${date}${language === 'en' && !date.includes('-') ? ',' : ''} ${pad(parts.hour)}:${pad(parts.minute)}`
}
