import { sql } from '../../concurrency/rawSql'
import type { Period } from '../dates/periods'
import type { SqlChunk } from './scopeSql'

/**
 * The period key of a date column as SQL: a CASE nested as a binary search over the periods' starts,
 * so each row costs about log2(periods) comparisons instead of one per period. Comparing instants
 * (ISO text on SQLite, timestamptz on PostgreSQL) keeps the tenant's time zone exact on both adapters,
 * daylight-saving changes included, without either database knowing the zone. Rows outside the periods
 * get NULL (and so do empty dates: a NULL comparison would fall through to the last period).
 */
export function dateBucketSql(column: SqlChunk, periods: Period[]): SqlChunk {
  if (periods.length === 0) return sql`NULL`
  const first = periods[0].from.toISOString()
  const last = periods[periods.length - 1].to.toISOString()
  return sql`CASE WHEN ${column} IS NULL OR ${column} < ${first} OR ${column} >= ${last} THEN NULL ELSE ${search(column, periods)} END`
}

function search(column: SqlChunk, periods: Period[]): SqlChunk {
  if (periods.length === 1) return sql`${periods[0].key}`
  const middle = Math.floor(periods.length / 2)
  return sql`CASE WHEN ${column} < ${periods[middle].from.toISOString()} THEN ${search(column, periods.slice(0, middle))} ELSE ${search(column, periods.slice(middle))} END`
}
