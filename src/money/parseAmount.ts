import { Decimal } from './decimal'

export type AmountProblem = 'notANumber' | 'negative' | 'tooManyDecimals' | 'tooLarge'

export type ParsedAmount = { ok: true; value: Decimal } | { ok: false; problem: AmountProblem }

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const LIMIT = new Decimal('1e13')

/**
 * An amount sent as a number or a decimal string. Numbers are read through their shortest decimal
 * representation (19.99 stays 19.99), never as the binary float's expansion.
 */
export function parseAmount(
  value: unknown,
  { maxDecimals, allowNegative = false }: { maxDecimals: number; allowNegative?: boolean },
): ParsedAmount {
  let text: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' }
    text = String(value)
    if (/e/i.test(text)) text = new Decimal(text).toFixed()
  } else if (typeof value === 'string') {
    text = value.trim()
  } else {
    return { ok: false, problem: 'notANumber' }
  }
  if (!DECIMAL_TEXT.test(text)) return { ok: false, problem: 'notANumber' }
  const decimal = new Decimal(text)
  if (!allowNegative && decimal.isNegative() && !decimal.isZero()) return { ok: false, problem: 'negative' }
  if (decimal.decimalPlaces() > maxDecimals) return { ok: false, problem: 'tooManyDecimals' }
  if (decimal.abs().greaterThanOrEqualTo(LIMIT)) return { ok: false, problem: 'tooLarge' }
  return { ok: true, value: decimal }
}
