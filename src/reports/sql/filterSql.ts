import type { PayloadRequest, Where } from 'payload'
import { isPostgres, sql } from '../../concurrency/rawSql'
import { toMinorUnits } from '../../money/decimal'
import type { ReportField } from '../fields/reportFields'
import type { PlannedFilter } from '../run/planReport'
import { fieldSql } from './fieldSql'
import { inList, type SqlChunk } from './scopeSql'

/** A filter value as the column stores it: cents for money, 0/1 for SQLite's booleans. */
export function storedValue(req: PayloadRequest, field: ReportField, value: unknown): string | number | boolean {
  switch (field.kind) {
    case 'money':
      return toMinorUnits(String(value))
    case 'number':
      return Number(value)
    case 'boolean': {
      const yes = value === true || value === 'true' || value === 1 || value === '1'
      return isPostgres(req) ? yes : yes ? 1 : 0
    }
    case 'date':
      return new Date(String(value)).toISOString()
    case 'relationship':
      return typeof value === 'number' || !/^\d+$/.test(String(value)) ? (value as number) : Number(value)
    default:
      return String(value)
  }
}

/**
 * One report filter as an SQL condition on the entity's table (or a related record's, see fieldSql), with the same meaning as the Payload
 * `where` the detail rows use (filterWhere): "not equal" and "not in" skip empty values in both.
 */
export function filterSql(req: PayloadRequest, f: PlannedFilter): SqlChunk {
  const col = fieldSql(req, f.target)
  const v = (value: unknown) => storedValue(req, f.target, value)
  switch (f.op) {
    case 'equals':
      return sql`${col} = ${v(f.value)}`
    case 'notEquals':
      return sql`${col} <> ${v(f.value)}`
    case 'in':
      return inList(
        col,
        (f.values ?? []).map((x) => v(x) as string | number),
      )
    case 'notIn':
      return f.values?.length
        ? sql`NOT (${inList(
            col,
            f.values.map((x) => v(x) as string | number),
          )})`
        : sql`${col} IS NOT NULL`
    case 'gt':
      return sql`${col} > ${v(f.value)}`
    case 'gte':
      return sql`${col} >= ${v(f.value)}`
    case 'lt':
      return sql`${col} < ${v(f.value)}`
    case 'lte':
      return sql`${col} <= ${v(f.value)}`
    case 'isSet':
      return sql`${col} IS NOT NULL`
    case 'isEmpty':
      return sql`${col} IS NULL`
    case 'contains':
      return sql`LOWER(${col}) LIKE ${`%${String(f.value).toLowerCase()}%`}`
    case 'between':
      return sql`${col} >= ${v(f.from)} AND ${col} < ${v(f.to)}`
    case 'period':
      return sql`${col} >= ${f.range?.from.toISOString()} AND ${col} < ${f.range?.to.toISOString()}`
  }
}

/**
 * The same filter as a Payload `where`, for detail rows read through the Local API with the user's access.
 * A related record in the recycle bin reads as empty, as in aggregates (fieldSql): a Payload path through
 * a relationship would still see its values.
 */
export function filterWhere(f: PlannedFilter): Where {
  const where = ownWhere(f)
  const via = f.target.via
  if (!via?.trash) return where
  const deleted = `${via.path}.deletedAt`
  return f.op === 'isEmpty'
    ? { or: [where, { [deleted]: { exists: true } }] }
    : { and: [where, { [deleted]: { exists: false } }] }
}

function ownWhere(f: PlannedFilter): Where {
  const path = f.target.wherePath ?? f.target.path
  switch (f.op) {
    case 'equals':
      return { [path]: { equals: f.value } }
    case 'notEquals':
      return { [path]: { not_equals: f.value } }
    case 'in':
      return { [path]: { in: f.values } }
    case 'notIn':
      return { [path]: { not_in: f.values } }
    case 'gt':
      return { [path]: { greater_than: f.value } }
    case 'gte':
      return { [path]: { greater_than_equal: f.value } }
    case 'lt':
      return { [path]: { less_than: f.value } }
    case 'lte':
      return { [path]: { less_than_equal: f.value } }
    case 'isSet':
      return { [path]: { exists: true } }
    case 'isEmpty':
      return { [path]: { exists: false } }
    case 'contains':
      return { [path]: { like: f.value } }
    case 'between':
      return { [path]: { greater_than_equal: f.from, less_than: f.to } }
    case 'period':
      return { [path]: { greater_than_equal: f.range?.from.toISOString(), less_than: f.range?.to.toISOString() } }
  }
}
