import { type DateParts, formatNumber, parsePattern } from './pattern'
import { datePartsIn, periodKey, type ResetPolicy } from './period'

export const DIMENSIONS = ['none', 'department', 'field'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** What of a number sequence the engine needs (the `number-sequences` document, plain). */
export type SequenceRules = {
  pattern: string
  resetPolicy: ResetPolicy
  dimension: Dimension
  dimensionField?: string | null
  padding?: number | null
}

/** What a record contributes to its number: its department's code and its values. */
export type RecordContext = { departmentCode?: string | null; fieldValue?: (path: string) => unknown }

/** A value at a dotted path of a record (`custom.region`). */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record
  for (const key of path.split('.')) {
    if (value == null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** The counter a record counts on: one per dimension value (department, field value) and period. */
export function counterKey(rules: SequenceRules, date: DateParts, record: RecordContext) {
  let dimensionKey = ''
  if (rules.dimension === 'department') dimensionKey = record.departmentCode ?? ''
  if (rules.dimension === 'field' && rules.dimensionField) {
    const value = record.fieldValue?.(rules.dimensionField)
    dimensionKey = value == null ? '' : String(typeof value === 'object' ? (value as { id?: unknown }).id : value)
  }
  return { dimensionKey, periodKey: periodKey(rules.resetPolicy, date) }
}

/** The calendar date numbers are stamped with, in the tenant's zone. */
export const numberingDate = (instant: Date, timeZone: string | null | undefined) => datePartsIn(instant, timeZone)

/** The number for a counter value. */
export function numberFor(rules: SequenceRules, date: DateParts, seq: number, record: RecordContext): string {
  return formatNumber(parsePattern(rules.pattern), {
    date,
    seq,
    defaultWidth: rules.padding ?? 4,
    departmentCode: record.departmentCode,
    fieldValue: record.fieldValue,
  })
}
