import DecimalJs from 'decimal.js'

/** Our own Decimal: 40 significant digits, half-up (away from zero) like the tax office and Excel. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP })
export type Decimal = InstanceType<typeof Decimal>

export const ZERO = new Decimal(0)

/** Round half-up to cents and write with exactly two places, e.g. "60.27". */
export const money = (value: Decimal): string => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)

export const round2 = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)

/** Integer minor units (cents) of a two-place amount: what the database stores, sorts and sums exactly. */
export const toMinorUnits = (amount: string): number => {
  const cents = new Decimal(amount).times(100)
  if (!cents.isInteger()) throw new RangeError(`${amount} has more than two decimal places`)
  if (cents.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${amount} is too large`)
  return cents.toNumber()
}

export const fromMinorUnits = (cents: number): string => new Decimal(cents).dividedBy(100).toFixed(2)
