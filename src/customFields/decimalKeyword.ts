import type { KeywordDefinition } from 'ajv'
import { Decimal } from '../money/decimal'

export type DecimalRule = { scale: number; precision?: number; minimum?: string; maximum?: string }
export type DecimalProblem = 'notADecimal' | 'scale' | 'precision' | 'minimum' | 'maximum'

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/

/** What is wrong with a decimal string under a rule, or null. Exact: no float ever touches the value. */
export function decimalProblem(value: string, rule: DecimalRule): { problem: DecimalProblem; limit?: string | number } | null {
  if (!DECIMAL_TEXT.test(value)) return { problem: 'notADecimal' }
  const decimal = new Decimal(value)
  if (decimal.decimalPlaces() > rule.scale) return { problem: 'scale', limit: rule.scale }
  const integerDigits = value
    .replace(/^-/, '')
    .split('.')[0]
    .replace(/^0+(?=\d)/, '').length
  if (rule.precision != null && integerDigits > rule.precision - rule.scale)
    return { problem: 'precision', limit: rule.precision - rule.scale }
  if (rule.minimum != null && decimal.lessThan(rule.minimum)) return { problem: 'minimum', limit: rule.minimum }
  if (rule.maximum != null && decimal.greaterThan(rule.maximum)) return { problem: 'maximum', limit: rule.maximum }
  return null
}

/** `x-decimal: { scale, precision?, minimum?, maximum? }` on a string: decimals, currency and percent fields. */
export const decimalKeyword: KeywordDefinition = {
  keyword: 'x-decimal',
  type: 'string',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    properties: {
      scale: { type: 'integer', minimum: 0, maximum: 10 },
      precision: { type: 'integer', minimum: 1, maximum: 30 },
      minimum: { type: 'string', pattern: DECIMAL_TEXT.source },
      maximum: { type: 'string', pattern: DECIMAL_TEXT.source },
    },
    required: ['scale'],
    additionalProperties: false,
  },
  errors: true,
  validate: function validateDecimal(rule: DecimalRule, value: string) {
    const found = decimalProblem(value, rule)
    if (!found) return true
    ;(validateDecimal as unknown as { errors: unknown[] }).errors = [
      { keyword: 'x-decimal', message: found.problem, params: { problem: found.problem, limit: found.limit } },
    ]
    return false
  },
}
