import { Decimal } from '../../src/money/decimal'
import { HelperError } from './helperError'

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/

/** A template value as an exact decimal: numbers, decimal strings ("1,234.5" is refused, not guessed). Empty → null. */
export function toDecimal(value: unknown, helper: string): Decimal | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new HelperError(`${helper}: ${value} is not a number`)
    return new Decimal(value)
  }
  if (typeof value === 'string') {
    const trimmed = value.trim()
    if (!DECIMAL.test(trimmed)) throw new HelperError(`${helper}: "${value}" is not a decimal number`)
    return new Decimal(trimmed)
  }
  if (value instanceof Decimal) return value
  throw new HelperError(`${helper}: expected a number, got ${Array.isArray(value) ? 'a list' : typeof value}`)
}

/** Like toDecimal, but empty counts as zero (sums and arithmetic). */
export const toDecimalOrZero = (value: unknown, helper: string): Decimal => toDecimal(value, helper) ?? new Decimal(0)

/** Digits of an integer string grouped by thousands: "1234567" → "1,234,567". */
export function groupThousands(integer: string, separator = ','): string {
  let out = ''
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += separator
    out += integer[i]
  }
  return out
}

/** A decimal rounded half-up to `places` and written with thousands separators: "-1,234.50". */
export function formatDecimal(value: Decimal, places: number): string {
  const fixed = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places)
  const negative = fixed.startsWith('-')
  const [integer, fraction] = (negative ? fixed.slice(1) : fixed).split('.')
  const body = groupThousands(integer) + (fraction ? `.${fraction}` : '')
  // -0.00 after rounding is zero, not negative
  return negative && /[1-9]/.test(body) ? `-${body}` : body
}
