import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { dayOf, offsetAt, zonedInstant } from '../calendar/range/zonedTime'
import { isPostgres, isSql, runSql, sql, tableOf } from '../concurrency/rawSql'
import { columnOf } from '../reports/sql/scopeSql'
import { monthDaysOn, OCCASIONS, type Occasion } from './occasions'

const PAGE = 500

/** Minutes the zone is ahead of UTC on a day (a day stored at noon UTC reads as its own day within ±11 h). */
const offsetMinutes = (day: string, zone: string) => Math.round(offsetAt(zonedInstant(day, 0, zone), zone) / 60_000)

/**
 * The ids of a tenant's records whose occasion falls on `day` (its month and day, in the company's
 * time zone; years before `day`'s only: a contract is not congratulated on the day it is signed), a
 * page at a time after `after`. One indexed query per page on SQLite and PostgreSQL; on MongoDB the
 * dated records are read and compared (see the limitations).
 */
export async function dueRecordIds(
  req: PayloadRequest,
  tenant: Id,
  occasion: Occasion,
  day: string,
  zone: string,
  after: Id | null,
): Promise<Id[]> {
  const { collection, field } = OCCASIONS[occasion]
  const keys = monthDaysOn(day)
  const year = day.slice(0, 4)
  if (isSql(req)) {
    const col = columnOf(req, collection, field)
    const local = isPostgres(req)
      ? sql`(${col} AT TIME ZONE ${zone})`
      : sql`datetime(${col}, ${`${offsetMinutes(day, zone)} minutes`})`
    const monthDay = isPostgres(req) ? sql`to_char(${local}, 'MM-DD')` : sql`strftime('%m-%d', ${local})`
    const yearOf = isPostgres(req) ? sql`to_char(${local}, 'YYYY')` : sql`strftime('%Y', ${local})`
    const rows = (await runSql(
      req,
      sql`SELECT "id" FROM ${tableOf(req, collection)}
        WHERE "tenant_id" = ${tenant} AND "deleted_at" IS NULL AND ${col} IS NOT NULL
          AND ${monthDay} IN (${sql.join(
            keys.map((k) => sql`${k}`),
            sql`, `,
          )}) AND ${yearOf} < ${year}
          ${after == null ? sql`` : sql`AND "id" > ${after}`}
        ORDER BY "id" LIMIT ${PAGE}`,
    )) as { id: Id }[]
    return rows.map((r) => r.id)
  }
  const found: Id[] = []
  let page = 1
  for (;;) {
    const result = await req.payload.find({
      collection: collection as 'contacts',
      where: {
        and: [
          { tenant: { equals: tenant } },
          { [field]: { exists: true } },
          ...(after == null ? [] : [{ id: { greater_than: after } }]),
        ],
      },
      sort: 'id',
      page,
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
      req,
      select: { [field]: true },
    })
    for (const doc of result.docs as unknown as Record<string, unknown>[]) {
      const local = dayOf(new Date(String(doc[field])), zone)
      if (keys.includes(local.slice(5)) && local.slice(0, 4) < year) found.push(doc.id as Id)
      if (found.length >= PAGE) return found
    }
    if (!result.hasNextPage) return found
    page++
  }
}
