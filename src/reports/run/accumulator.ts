import type { Decimal } from '../../money/decimal'
import type { PlannedAggregate } from './planReport'

/** What the database returns per field and group, enough to merge groups into subtotals exactly. */
export type FieldTotals = { sum: Decimal; n: number; min: Decimal | null; max: Decimal | null }
export type Totals = { count: number; fields: Map<string, FieldTotals> }

export const emptyTotals = (): Totals => ({ count: 0, fields: new Map() })

const lower = (a: Decimal | null, b: Decimal | null) => (a == null ? b : b == null ? a : a.lessThan(b) ? a : b)
const higher = (a: Decimal | null, b: Decimal | null) => (a == null ? b : b == null ? a : a.greaterThan(b) ? a : b)

/**
 * Adds one group into another: counts and sums add, minimum and maximum compare, and the average is
 * computed last from sum ÷ non-empty count, so a subtotal's average is exact, not an average of averages.
 */
export function mergeTotals(into: Totals, from: Totals): Totals {
  into.count += from.count
  for (const [path, t] of from.fields) {
    const mine = into.fields.get(path)
    if (!mine) into.fields.set(path, { ...t })
    else
      into.fields.set(path, {
        sum: mine.sum.plus(t.sum),
        n: mine.n + t.n,
        min: lower(mine.min, t.min),
        max: higher(mine.max, t.max),
      })
  }
  return into
}

/** Places shown for plain numbers; float sums on SQLite are exact to far more than this. */
const NUMBER_PLACES = 6

/** One aggregate's value as a decimal string (money with two places, from integer minor units); null when no value. */
export function aggregateValue(totals: Totals, aggregate: PlannedAggregate): string | null {
  if (aggregate.fn === 'count') return String(totals.count)
  const field = aggregate.field
  if (!field) return null
  const t = totals.fields.get(field.path)
  const money = field.kind === 'money'
  const show = (value: Decimal | null, places = money ? 2 : NUMBER_PLACES) => {
    if (value == null) return null
    const scaled = money ? value.dividedBy(100) : value
    return money ? scaled.toDecimalPlaces(places).toFixed(2) : scaled.toDecimalPlaces(places).toString()
  }
  if (!t || t.n === 0) return aggregate.fn === 'sum' ? (money ? '0.00' : '0') : null
  switch (aggregate.fn) {
    case 'sum':
      return show(t.sum)
    case 'avg':
      return show(t.sum.dividedBy(t.n))
    case 'min':
      return show(t.min)
    case 'max':
      return show(t.max)
  }
}
