import type { PayloadRequest, Where } from 'payload'
import { isSql, runSql, sql, tableOf } from '../../concurrency/rawSql'
import { type ChartScope, chartScopeWhere } from './chartScope'

/** How many return visits (回访) of service requests gave each satisfaction rating, 1 to 5. */
export async function satisfactionCounts(req: PayloadRequest, scope: ChartScope): Promise<Map<number, number>> {
  const counts = new Map<number, number>()
  if (isSql(req)) {
    const ids = (list: readonly unknown[]) =>
      sql.join(
        list.map((id) => sql`${id}`),
        sql`, `,
      )
    const reach = [
      ...(scope.owners?.length ? [sql`r."owner_id" IN (${ids(scope.owners)})`] : []),
      ...(scope.departments?.length ? [sql`r."department_id" IN (${ids(scope.departments)})`] : []),
    ]
    const scoped =
      scope.owners || scope.departments ? (reach.length ? sql` AND (${sql.join(reach, sql` OR `)})` : sql` AND 1 = 0`) : sql``
    const rows = (await runSql(
      req,
      sql`SELECT v."satisfaction" AS "rating", COUNT(*) AS "count" FROM ${tableOf(req, 'service_requests_return_visits')} v JOIN ${tableOf(req, 'service-requests')} r ON r."id" = v."_parent_id" WHERE r."tenant_id" = ${scope.tenant} AND r."deleted_at" IS NULL${scoped} GROUP BY v."satisfaction"`,
    )) as { rating: unknown; count: unknown }[]
    for (const row of rows) if (row.rating != null) counts.set(Number(row.rating), Number(row.count))
    return counts
  }
  const and: Where[] = [{ tenant: { equals: scope.tenant } }, { 'returnVisits.satisfaction': { exists: true } }]
  const reach = chartScopeWhere(scope)
  if (reach) and.push(reach)
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: 'service-requests',
      where: { and },
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
      req,
      select: { returnVisits: true } as never,
    })
    for (const doc of found.docs as unknown as { returnVisits?: { satisfaction?: number }[] }[])
      for (const visit of doc.returnVisits ?? [])
        if (visit.satisfaction != null) counts.set(visit.satisfaction, (counts.get(visit.satisfaction) ?? 0) + 1)
    if (!found.hasNextPage) break
  }
  return counts
}
