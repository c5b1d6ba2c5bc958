/** Value formats ajv checks by name (`format: 'phone'` …). Plain functions, so the renderer can reuse them. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isDate(value: string): boolean {
  const match = DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** An instant: date, time and an explicit offset (a time without a zone means nothing across offices). */
export function isDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(value)
  if (!match || !isDate(match[1])) return false
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[5] ?? 0)]
  return hours < 24 && minutes < 60 && seconds < 60
}

/** An address someone can write to: local@domain.tld, no spaces, at most 254 characters. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:.]{2,}$/.test(value)
}

/**
 * A phone number as Chinese offices write them: a mainland mobile (13812345678, +86 138 1234 5678), a
 * landline with its area code (021-12345678, 0755-1234567, with an extension -123), or an international
 * number in + form (+44 20 7946 0958). Spaces and dashes between digit groups are allowed.
 */
export function isPhone(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '')
  if (/^(\+?86)?1[3-9]\d{9}$/.test(compact)) return true
  if (/^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(value.replace(/\s/g, ''))) return true
  return /^\+[1-9]\d{6,14}$/.test(compact)
}

/** Web addresses only: http and https (javascript: and data: links would be an XSS in every list). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}
