import type { PayloadRequest } from 'payload'
import { sql, tableOf } from '../../concurrency/rawSql'
import type { ReportField } from '../fields/reportFields'
import { column, type SqlChunk, scopeConditions } from './scopeSql'

const REL = sql.identifier('rel')

/**
 * A field's value in an aggregate query. The entity's own fields are its columns; a related record's
 * field is a scalar subquery by primary key into the related table, within the user's read scope of
 * that table (its tenant, owner or department reach, not in the recycle bin): a record out of reach,
 * missing or deleted reads as empty. The inner table is aliased and the outer
 * column qualified with the entity's table, so a relationship into the same table (an account's parent)
 * or a related table with a same-named column still reads the right row.
 */
export function fieldSql(req: PayloadRequest, field: ReportField): SqlChunk {
  const via = field.via
  if (!via) return column(field.column)
  // scopeConditions name the related table's columns unqualified: inside the subquery they resolve to
  // the inner table first, and columnOf refuses a column that table lacks.
  const conditions = [
    sql`${REL}."id" = ${tableOf(req, via.from)}.${sql.identifier(via.column)}`,
    ...scopeConditions(req, via.relationTo, via.scope),
  ]
  return sql`(SELECT ${REL}.${sql.identifier(field.column)} FROM ${tableOf(req, via.relationTo)} AS ${REL} WHERE ${sql.join(conditions, sql` AND `)})`
}
