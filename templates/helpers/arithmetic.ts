import type { HelperOptions } from 'handlebars'
import { Decimal } from '../../src/money/decimal'
import { splitArgs } from './context'
import { toDecimal, toDecimalOrZero } from './decimalArgs'
import { HelperError } from './helperError'

/** Exact decimal arithmetic; results are decimal strings ("1234.5"), ready for `money` or `number`. */
export const arithmeticHelpers = {
  add: (...args: unknown[]) =>
    splitArgs(args)
      .values.reduce<Decimal>((total, v) => total.plus(toDecimalOrZero(v, 'add')), new Decimal(0))
      .toFixed(),
  sub: (a: unknown, b: unknown, _o: HelperOptions) => toDecimalOrZero(a, 'sub').minus(toDecimalOrZero(b, 'sub')).toFixed(),
  mul: (...args: unknown[]) =>
    splitArgs(args)
      .values.reduce<Decimal>((total, v) => total.times(toDecimalOrZero(v, 'mul')), new Decimal(1))
      .toFixed(),
  div: (a: unknown, b: unknown, _o: HelperOptions) => {
    const divisor = toDecimalOrZero(b, 'div')
    if (divisor.isZero()) throw new HelperError('div: division by zero')
    return toDecimalOrZero(a, 'div').dividedBy(divisor).toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toFixed()
  },
  /** `{{round value 2}}`: half-up. */
  round: (...args: unknown[]) => {
    const { values } = splitArgs(args)
    const places = values[1] === undefined ? 0 : Number(values[1])
    if (!Number.isInteger(places) || places < 0 || places > 10) throw new HelperError('round: places must be 0 to 10')
    const value = toDecimal(values[0], 'round')
    return value === null ? '' : value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places)
  },
}
