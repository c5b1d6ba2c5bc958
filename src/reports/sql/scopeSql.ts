import type { PayloadRequest } from 'payload'
import { sql } from '../../concurrency/rawSql'
import type { ChartScope } from '../../workspace/charts/chartScope'

export type SqlChunk = ReturnType<typeof sql>

/** Payload's column name for a field: camelCase becomes snake_case. */
export const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** A column by its database name, as an SQL chunk. */
export const column = (name: string): SqlChunk => sql`${sql.identifier(name)}`

/** A field's column: relationships are stored as `<name>_id`. */
export function columnOf(req: PayloadRequest, collection: string, field: string): SqlChunk {
  const config = req.payload.collections[collection as 'accounts']?.config
  const f = config?.flattenedFields.find((x) => x.name === field)
  if (!f && !['createdAt', 'updatedAt', 'id'].includes(field)) throw new Error(`Unknown field ${collection}.${field}`)
  return column(f?.type === 'relationship' ? `${snake(field)}_id` : snake(field))
}

const list = (values: (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/**
 * The conditions that keep an aggregate inside what the user may count: the tenant, the owner or
 * department reach of their read scope (see chartScope), and not in the recycle bin. Every aggregate
 * query (home charts, reports, targets) starts from these, so none can reach past them.
 */
export function scopeConditions(req: PayloadRequest, collection: string, scope: ChartScope): SqlChunk[] {
  const col = (field: string) => columnOf(req, collection, field)
  const conditions = [sql`${col('tenant')} = ${scope.tenant}`]
  const reach = [
    ...(scope.owners?.length ? [sql`${col('owner')} IN (${list(scope.owners)})`] : []),
    ...(scope.departments?.length ? [sql`${col('department')} IN (${list(scope.departments)})`] : []),
  ]
  if (scope.owners || scope.departments) conditions.push(reach.length > 0 ? sql`(${sql.join(reach, sql` OR `)})` : sql`1 = 0`)
  if (req.payload.collections[collection as 'accounts']?.config.trash) conditions.push(sql`"deleted_at" IS NULL`)
  return conditions
}

/** `column IN (…)`; an empty list matches nothing. */
export const inList = (column: SqlChunk, values: (string | number)[]): SqlChunk =>
  values.length ? sql`${column} IN (${list(values)})` : sql`1 = 0`
/** `column NOT IN (…)`, keeping rows where the column is empty. */
export const notInList = (column: SqlChunk, values: (string | number)[]): SqlChunk =>
  values.length ? sql`(${column} IS NULL OR ${column} NOT IN (${list(values)}))` : sql`1 = 1`
