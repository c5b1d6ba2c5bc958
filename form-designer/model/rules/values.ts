import { Decimal } from '../../../src/money/decimal'

export { Decimal }

/** What a rule computes with. Numbers are always Decimal, never float. */
export type Value = null | boolean | string | Decimal | Value[] | { [key: string]: unknown }

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

export const isDecimal = (value: unknown): value is Decimal => value instanceof Decimal

/** A record's raw value as a rule value: JS numbers become Decimal (through their shortest text). */
export function fromRecord(value: unknown): Value {
  if (value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(String(value)) : null
  if (Array.isArray(value)) return value.map(fromRecord)
  return value as Value
}

/** The value as a number when it is one or reads as one (money arrives as "100.00"). */
export function asNumber(value: Value): Decimal | null {
  if (isDecimal(value)) return value
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return new Decimal(value.trim())
  return null
}

/** Milliseconds of an ISO date or date-time, or null. A bare date is midnight UTC. */
export function asTime(value: Value): number | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(time) ? null : time
}

export function isTruthy(value: Value): boolean {
  if (value == null || value === false || value === '') return false
  if (isDecimal(value)) return !value.isZero()
  if (Array.isArray(value)) return value.length > 0
  return true
}

export function isEmpty(value: Value): boolean {
  if (value == null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && !isDecimal(value)) return Object.keys(value).length === 0
  return false
}

/** Equality across the types users mix: "100.00" == 100, dates compare as instants, ids as text. */
export function equal(a: Value, b: Value): boolean {
  if (a == null || b == null) return a == null && b == null
  const [x, y] = [asNumber(a), asNumber(b)]
  if (x && y) return x.equals(y)
  const [s, t] = [asTime(a), asTime(b)]
  if (s != null && t != null) return s === t
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b
  if (typeof a === 'object' || typeof b === 'object') return false
  return String(a) === String(b)
}

/** Ordering of numbers, dates and text; null when the two cannot be ordered (then every comparison is false). */
export function compare(a: Value, b: Value): number | null {
  if (a == null || b == null) return null
  const [x, y] = [asNumber(a), asNumber(b)]
  if (x && y) return x.comparedTo(y)
  const [s, t] = [asTime(a), asTime(b)]
  if (s != null && t != null) return Math.sign(s - t)
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  return null
}

/** The value as the result of a formula: decimals as plain decimal text. */
export function toPlain(value: Value): unknown {
  if (isDecimal(value)) return value.toFixed()
  if (Array.isArray(value)) return value.map(toPlain)
  return value
}
