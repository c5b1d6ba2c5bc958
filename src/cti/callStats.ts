import type { PayloadRequest, Where } from 'payload'
import type { Id } from '../access/types'
import { addDays, isDayKey, zonedInstant } from '../calendar/range/zonedTime'
import { isSql, runSql, sql, tableOf } from '../concurrency/rawSql'
import { columnOf, scopeConditions } from '../reports/sql/scopeSql'
import { type ChartScope, chartScopeWhere } from '../workspace/charts/chartScope'

export const STATS_GROUPS = ['agent', 'day'] as const
export type StatsGroup = (typeof STATS_GROUPS)[number]
/** Longest period one request may ask for (a day-by-day answer stays one page). */
export const MAX_STATS_DAYS = 366

export type StatsRow = {
  /** The agent's id, or the day `YYYY-MM-DD` in the tenant's time zone; null for calls without an agent. */
  key: string | null
  inbound: number
  outbound: number
  missed: number
  answered: number
  talkSeconds: number
  averageTalkSeconds: number
}

type DayBucket = { key: string; from: Date; to: Date }

/** The days from `from` to `to` (both included, the tenant's calendar), or null when the range is not one. */
export function statsDays(from: unknown, to: unknown, timeZone: string): DayBucket[] | null {
  if (!isDayKey(from) || !isDayKey(to) || from > to) return null
  const days: DayBucket[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (days.length >= MAX_STATS_DAYS) return null
    days.push({ key: day, from: zonedInstant(day, 0, timeZone), to: zonedInstant(addDays(day, 1), 0, timeZone) })
  }
  return days
}

const finish = (row: Omit<StatsRow, 'averageTalkSeconds'>): StatsRow => ({
  ...row,
  averageTalkSeconds: row.answered > 0 ? Math.round(row.talkSeconds / row.answered) : 0,
})

/**
 * Calls per agent or per day: inbound, outbound, missed, answered (completed) and talk time, within
 * the viewer's reach of activities (the chart scope: a manager their team, an agent their own). One
 * GROUP BY query on SQLite and PostgreSQL, as the home charts do; read and folded on MongoDB.
 */
export async function callStats(
  req: PayloadRequest,
  scope: ChartScope,
  days: DayBucket[],
  groupBy: StatsGroup,
): Promise<StatsRow[]> {
  const rows = isSql(req) ? await statsInSql(req, scope, days, groupBy) : await statsByReading(req, scope, days, groupBy)
  return rows.sort((a, b) => String(a.key).localeCompare(String(b.key)))
}

async function statsInSql(req: PayloadRequest, scope: ChartScope, days: DayBucket[], groupBy: StatsGroup): Promise<StatsRow[]> {
  const col = (field: string) => columnOf(req, 'activities', field)
  const at = col('startAt')
  const iso = (d: Date) => d.toISOString()
  const conditions = [
    ...scopeConditions(req, 'activities', scope),
    sql`${col('callId')} IS NOT NULL`,
    sql`${at} >= ${iso(days[0].from)} AND ${at} < ${iso(days[days.length - 1].to)}`,
  ]
  const key =
    groupBy === 'agent'
      ? sql`${col('owner')}`
      : sql`CASE ${sql.join(
          days.map((d) => sql`WHEN ${at} >= ${iso(d.from)} AND ${at} < ${iso(d.to)} THEN ${d.key}`),
          sql` `,
        )} END`
  const count = (condition: ReturnType<typeof sql>) => sql`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`
  const completed = sql`${col('callStatus')} = 'completed'`
  const result = (await runSql(
    req,
    sql`SELECT ${key} AS "key",
      ${count(sql`${col('callDirection')} = 'inbound'`)} AS "inbound",
      ${count(sql`${col('callDirection')} = 'outbound'`)} AS "outbound",
      ${count(sql`${col('callStatus')} = 'missed'`)} AS "missed",
      ${count(completed)} AS "answered",
      SUM(CASE WHEN ${completed} THEN COALESCE(${col('callDurationSeconds')}, 0) ELSE 0 END) AS "talk"
    FROM ${tableOf(req, 'activities')} WHERE ${sql.join(conditions, sql` AND `)} GROUP BY 1`,
  )) as Record<string, unknown>[]
  return result.map((r) =>
    finish({
      key: r.key == null ? null : String(r.key),
      inbound: Number(r.inbound ?? 0),
      outbound: Number(r.outbound ?? 0),
      missed: Number(r.missed ?? 0),
      answered: Number(r.answered ?? 0),
      talkSeconds: Number(r.talk ?? 0),
    }),
  )
}

type CallDoc = {
  owner?: unknown
  startAt?: string
  callDirection?: string
  callStatus?: string
  callDurationSeconds?: number | null
}

async function statsByReading(
  req: PayloadRequest,
  scope: ChartScope,
  days: DayBucket[],
  groupBy: StatsGroup,
): Promise<StatsRow[]> {
  const and: Where[] = [
    { tenant: { equals: scope.tenant } },
    { callId: { exists: true } },
    { startAt: { greater_than_equal: days[0].from.toISOString(), less_than: days[days.length - 1].to.toISOString() } },
  ]
  const reach = chartScopeWhere(scope)
  if (reach) and.push(reach)
  const groups = new Map<string | null, Omit<StatsRow, 'averageTalkSeconds'>>()
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: 'activities',
      where: { and },
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as CallDoc[]) {
      const at = new Date(String(doc.startAt)).getTime()
      const key =
        groupBy === 'agent'
          ? doc.owner == null
            ? null
            : String(doc.owner as Id)
          : (days.find((d) => at >= d.from.getTime() && at < d.to.getTime())?.key ?? null)
      const row = groups.get(key) ?? { key, inbound: 0, outbound: 0, missed: 0, answered: 0, talkSeconds: 0 }
      if (doc.callDirection === 'inbound') row.inbound++
      if (doc.callDirection === 'outbound') row.outbound++
      if (doc.callStatus === 'missed') row.missed++
      if (doc.callStatus === 'completed') {
        row.answered++
        row.talkSeconds += doc.callDurationSeconds ?? 0
      }
      groups.set(key, row)
    }
    if (!found.hasNextPage) break
  }
  return [...groups.values()].map(finish)
}
