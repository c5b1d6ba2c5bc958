import type { HelperOptions } from 'handlebars'
import { Decimal } from '../../src/money/decimal'
import { splitArgs } from './context'
import { toDecimal } from './decimalArgs'
import { HelperError } from './helperError'

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)$/
const isNumeric = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NUMERIC.test(v.trim()))

/** Equal, with "13.00" equal to 13 (amounts arrive as strings). */
export function same(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return new Decimal(String(a).trim()).equals(String(b).trim())
  return a === b
}

function compare(name: string, a: unknown, b: unknown): number {
  const x = toDecimal(a, name)
  const y = toDecimal(b, name)
  if (x === null || y === null) throw new HelperError(`${name}: both values must be numbers`)
  return x.comparedTo(y)
}

/** Truthy as templates mean it: empty lists are false, like {{#if}}. */
const truthy = (v: unknown) => (Array.isArray(v) ? v.length > 0 : Boolean(v) || v === 0)

export const logicHelpers = {
  eq: (a: unknown, b: unknown, _o: HelperOptions) => same(a, b),
  ne: (a: unknown, b: unknown, _o: HelperOptions) => !same(a, b),
  gt: (a: unknown, b: unknown, _o: HelperOptions) => compare('gt', a, b) > 0,
  gte: (a: unknown, b: unknown, _o: HelperOptions) => compare('gte', a, b) >= 0,
  lt: (a: unknown, b: unknown, _o: HelperOptions) => compare('lt', a, b) < 0,
  lte: (a: unknown, b: unknown, _o: HelperOptions) => compare('lte', a, b) <= 0,
  and: (...args: unknown[]) => splitArgs(args).values.every(truthy),
  or: (...args: unknown[]) => splitArgs(args).values.some(truthy),
  not: (a: unknown, _o: HelperOptions) => !truthy(a),
}
