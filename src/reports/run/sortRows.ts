import { Decimal } from '../../money/decimal'
import type { ReportPlan } from './planReport'

type Row = { keys: { key: string | null; label: { en: string } }[]; values: (string | null)[] }

/**
 * Orders summary rows: by the definition's sorts (an aggregate's value or a group's field), then by
 * the group keys in their natural order — select options in their defined order (a funnel's stages),
 * numbers by value, periods by time, names alphabetically — with empty keys last. `offset` is the
 * group level of a row's first key (1 for a matrix's column totals).
 */
export function compareRows(plan: ReportPlan, offset = 0) {
  const keyOrder = (level: number) => {
    const field = plan.groups[level + offset]?.field
    return (a: Row, b: Row): number => {
      const x = a.keys[level]
      const y = b.keys[level]
      if (!x || !y) return 0
      if (x.key === y.key) return 0
      if (x.key == null) return 1
      if (y.key == null) return -1
      if (field?.options) {
        const index = (k: string) => field.options?.findIndex((o) => o.value === k) ?? -1
        return index(x.key) - index(y.key)
      }
      if (field?.kind === 'number') return new Decimal(x.key).comparedTo(new Decimal(y.key))
      if (field?.kind === 'date') return x.key < y.key ? -1 : 1
      return x.label.en.localeCompare(y.label.en)
    }
  }
  const sorts = (plan.definition.sort ?? []).flatMap((s) => {
    const sign = s.direction === 'desc' ? -1 : 1
    if (s.aggregate != null) {
      const i = s.aggregate
      return [
        (a: Row, b: Row) => {
          const x = a.values[i]
          const y = b.values[i]
          if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1
          return sign * new Decimal(x).comparedTo(new Decimal(y))
        },
      ]
    }
    const level = plan.groups.findIndex((g) => g.field.path === s.field) - offset
    if (level < 0) return []
    const order = keyOrder(level)
    return [(a: Row, b: Row) => sign * order(a, b)]
  })
  const levels = Math.max(0, plan.groups.length - offset)
  const natural = Array.from({ length: levels }, (_, level) => keyOrder(level))
  return (a: Row, b: Row): number => {
    for (const compare of [...sorts, ...natural]) {
      const result = compare(a, b)
      if (result !== 0) return result
    }
    return 0
  }
}
