import { asNumber, asTime, Decimal, isDecimal, isEmpty, isTruthy, type Value } from './values'

type Fn = { arity: [min: number, max: number]; call: (args: Value[], now: Date) => Value }

const numbers = (values: Value[]): Decimal[] =>
  values.flat(Number.POSITIVE_INFINITY as 1).flatMap((v) => {
    const n = asNumber(v as Value)
    return n ? [n] : []
  })

const day = (value: Value): Date | null => {
  const time = asTime(value)
  return time == null ? null : new Date(time)
}

/**
 * The functions a rule or formula may call. Deliberately small and pure: no access to anything
 * but the values passed in (and the clock, for today() and now()).
 */
export const FUNCTIONS: Record<string, Fn> = {
  isEmpty: { arity: [1, 1], call: ([v]) => isEmpty(v) },
  len: {
    arity: [1, 1],
    call: ([v]) => (Array.isArray(v) ? new Decimal(v.length) : typeof v === 'string' ? new Decimal([...v].length) : null),
  },
  round: {
    arity: [1, 2],
    call: ([v, places]) => {
      const n = asNumber(v)
      const p = places == null ? 0 : asNumber(places)?.toNumber()
      return n && p != null && Number.isInteger(p) && p >= 0 && p <= 10 ? n.toDecimalPlaces(p, Decimal.ROUND_HALF_UP) : null
    },
  },
  abs: { arity: [1, 1], call: ([v]) => asNumber(v)?.abs() ?? null },
  sum: { arity: [1, 20], call: (args) => numbers(args).reduce((a, b) => a.plus(b), new Decimal(0)) },
  min: {
    arity: [1, 20],
    call: (args) => numbers(args).reduce<Decimal | null>((a, b) => (a == null || b.lessThan(a) ? b : a), null),
  },
  max: {
    arity: [1, 20],
    call: (args) => numbers(args).reduce<Decimal | null>((a, b) => (a == null || b.greaterThan(a) ? b : a), null),
  },
  count: {
    arity: [1, 1],
    call: ([v]) => new Decimal(Array.isArray(v) ? v.filter((x) => !isEmpty(x)).length : isEmpty(v) ? 0 : 1),
  },
  if: { arity: [3, 3], call: ([c, a, b]) => (isTruthy(c) ? a : b) },
  concat: {
    arity: [1, 20],
    call: (args) => args.map((v) => (v == null ? '' : isDecimal(v) ? v.toFixed() : String(v))).join(''),
  },
  lower: { arity: [1, 1], call: ([v]) => (typeof v === 'string' ? v.toLowerCase() : null) },
  upper: { arity: [1, 1], call: ([v]) => (typeof v === 'string' ? v.toUpperCase() : null) },
  today: { arity: [0, 0], call: (_, now) => now.toISOString().slice(0, 10) },
  now: { arity: [0, 0], call: (_, now) => now.toISOString() },
  year: { arity: [1, 1], call: ([v]) => (day(v) ? new Decimal(day(v)?.getUTCFullYear() as number) : null) },
  month: { arity: [1, 1], call: ([v]) => (day(v) ? new Decimal((day(v)?.getUTCMonth() as number) + 1) : null) },
  daysBetween: {
    arity: [2, 2],
    call: ([a, b]) => {
      const [s, t] = [asTime(a), asTime(b)]
      return s == null || t == null ? null : new Decimal(Math.floor((t - s) / 86_400_000))
    },
  },
}
