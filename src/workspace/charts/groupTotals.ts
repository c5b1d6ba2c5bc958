import type { PayloadRequest, Where } from 'payload'
import { isSql, runSql, sql, tableOf } from '../../concurrency/rawSql'
import { minorUnitsName } from '../../fields/money'
import { Decimal } from '../../money/decimal'
import { type ChartScope, chartScopeWhere } from './chartScope'
import type { MonthBucket } from './monthBuckets'

export type GroupFilter = { field: string; in?: string[]; notIn?: string[] }

export type GroupSpec = {
  collection: string
  /** A field to group by, or `month` to count by calendar month of `dateField` within `buckets`. */
  groupBy: string
  dateField?: string
  buckets?: MonthBucket[]
  /** A money field to add up (exactly, in minor units). */
  sum?: string
  filters?: GroupFilter[]
}

/** One group: its key (a value, a month `2026-11`, or null), how many records, and the sum as a decimal. */
export type GroupRow = { key: string | null; count: number; sum: string }

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** A field's column: relationships are stored as `<name>_id`. */
export function columnOf(req: PayloadRequest, collection: string, field: string) {
  const config = req.payload.collections[collection as 'accounts']?.config
  const f = config?.flattenedFields.find((x) => x.name === field)
  if (!f && !['createdAt', 'updatedAt', 'id'].includes(field)) throw new Error(`Unknown field ${collection}.${field}`)
  return sql.identifier(f?.type === 'relationship' ? `${snake(field)}_id` : snake(field))
}

/**
 * Counts and sums records per group with one aggregate query (GROUP BY) on SQLite and PostgreSQL, so a
 * chart costs one query whatever the number of records; amounts add up exactly as integer minor units.
 * On MongoDB the records are read page by page with only the fields needed and folded here.
 */
export async function groupTotals(req: PayloadRequest, scope: ChartScope, spec: GroupSpec): Promise<GroupRow[]> {
  if (spec.groupBy === 'month' && (!spec.buckets || spec.buckets.length === 0)) return []
  return isSql(req) ? groupInSql(req, scope, spec) : groupByReading(req, scope, spec)
}

/** The SQL condition "owned by one of the scope's owners or held by one of its departments"; null for the whole tenant. */
export function scopeCondition(scope: ChartScope, col: (field: string) => ReturnType<typeof sql.identifier>) {
  const list = (ids: unknown[]) =>
    sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )
  const reach = [
    ...(scope.owners?.length ? [sql`${col('owner')} IN (${list(scope.owners)})`] : []),
    ...(scope.departments?.length ? [sql`${col('department')} IN (${list(scope.departments)})`] : []),
  ]
  if (!scope.owners && !scope.departments) return null
  return reach.length > 0 ? sql`(${sql.join(reach, sql` OR `)})` : sql`1 = 0`
}

async function groupInSql(req: PayloadRequest, scope: ChartScope, spec: GroupSpec): Promise<GroupRow[]> {
  const col = (field: string) => columnOf(req, spec.collection, field)
  const conditions = [sql`${col('tenant')} = ${scope.tenant}`]
  const reach = scopeCondition(scope, col)
  if (reach) conditions.push(reach)
  if (req.payload.collections[spec.collection as 'accounts']?.config.trash) conditions.push(sql`"deleted_at" IS NULL`)
  for (const filter of spec.filters ?? []) {
    const values = (list: string[]) =>
      sql.join(
        list.map((v) => sql`${v}`),
        sql`, `,
      )
    if (filter.in) conditions.push(filter.in.length ? sql`${col(filter.field)} IN (${values(filter.in)})` : sql`1 = 0`)
    if (filter.notIn?.length)
      conditions.push(sql`(${col(filter.field)} IS NULL OR ${col(filter.field)} NOT IN (${values(filter.notIn)}))`)
  }
  let key: ReturnType<typeof sql> = spec.groupBy === 'month' ? sql`NULL` : sql`${col(spec.groupBy)}`
  if (spec.groupBy === 'month') {
    const date = col(spec.dateField ?? 'createdAt')
    const buckets = spec.buckets as MonthBucket[]
    const iso = (d: Date) => d.toISOString()
    conditions.push(sql`${date} >= ${iso(buckets[0].from)} AND ${date} < ${iso(buckets[buckets.length - 1].to)}`)
    const cases = buckets.map((b) => sql`WHEN ${date} >= ${iso(b.from)} AND ${date} < ${iso(b.to)} THEN ${b.key}`)
    key = sql`CASE ${sql.join(cases, sql` `)} END`
  }
  const total = spec.sum ? sql`SUM(${col(minorUnitsName(spec.sum))})` : sql`0`
  const rows = (await runSql(
    req,
    sql`SELECT ${key} AS "key", COUNT(*) AS "count", ${total} AS "total" FROM ${tableOf(req, spec.collection)} WHERE ${sql.join(conditions, sql` AND `)} GROUP BY 1`,
  )) as { key: unknown; count: unknown; total: unknown }[]
  return rows.map((r) => ({
    key: r.key == null ? null : String(r.key),
    count: Number(r.count),
    sum: new Decimal(String(r.total ?? 0)).dividedBy(100).toFixed(2),
  }))
}

const PAGE = 1000

async function groupByReading(req: PayloadRequest, scope: ChartScope, spec: GroupSpec): Promise<GroupRow[]> {
  const and: Where[] = [{ tenant: { equals: scope.tenant } }]
  const reach = chartScopeWhere(scope)
  if (reach) and.push(reach)
  for (const f of spec.filters ?? []) {
    if (f.in) and.push({ [f.field]: { in: f.in } })
    if (f.notIn?.length) and.push({ [f.field]: { not_in: f.notIn } })
  }
  const dateField = spec.dateField ?? 'createdAt'
  const buckets = spec.buckets ?? []
  if (spec.groupBy === 'month')
    and.push({
      [dateField]: { greater_than_equal: buckets[0].from.toISOString(), less_than: buckets[buckets.length - 1].to.toISOString() },
    })
  const groups = new Map<string | null, { count: number; sum: Decimal }>()
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: spec.collection as 'accounts',
      where: { and },
      limit: PAGE,
      page,
      depth: 0,
      overrideAccess: true,
      req,
      select: { [spec.groupBy === 'month' ? dateField : spec.groupBy]: true, ...(spec.sum ? { [spec.sum]: true } : {}) } as never,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      const key =
        spec.groupBy === 'month'
          ? (buckets.find((b) => {
              const at = new Date(String(doc[dateField])).getTime()
              return at >= b.from.getTime() && at < b.to.getTime()
            })?.key ?? null)
          : doc[spec.groupBy] == null
            ? null
            : String(typeof doc[spec.groupBy] === 'object' ? (doc[spec.groupBy] as { id: unknown }).id : doc[spec.groupBy])
      const group = groups.get(key) ?? { count: 0, sum: new Decimal(0) }
      group.count++
      if (spec.sum && doc[spec.sum] != null) group.sum = group.sum.plus(new Decimal(String(doc[spec.sum])))
      groups.set(key, group)
    }
    if (!found.hasNextPage) break
  }
  return [...groups].map(([key, g]) => ({ key, count: g.count, sum: g.sum.toFixed(2) }))
}
