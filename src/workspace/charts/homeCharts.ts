import type { PayloadRequest } from 'payload'
import type { Labels } from '../../customFields/layout/types'
import { Decimal } from '../../money/decimal'
import { tenantTimeZone } from '../../tenancy/tenantSettings'
import { activeWorkflows } from '../../workflow/server/activeWorkflows'
import { DEFAULT_OPPORTUNITY_STAGES } from '../../workflow/stageLabels'
import { chartScope } from './chartScope'
import { type GroupRow, groupTotals } from './groupTotals'
import { monthBuckets } from './monthBuckets'
import { satisfactionCounts } from './satisfactionCounts'

export type ChartBar = { key: string; label: Labels; count: number; sum: string }

export type HomeCharts = {
  /** Open opportunities per stage, in stage order: count and amount (销售漏斗). */
  pipeline: ChartBar[] | null
  /** Confirmed sales orders per calendar month of the last year (tenant time zone), oldest first. */
  salesByMonth: ChartBar[] | null
  /** The same orders per owner and per department, largest first (top ten). */
  salesByOwner: ChartBar[] | null
  salesByDepartment: ChartBar[] | null
  /** Service requests per status, and return visits per satisfaction rating. */
  serviceByStatus: ChartBar[] | null
  satisfaction: ChartBar[] | null
}

const l = (zh: string, en: string): Labels => ({ zh, en })

/** Orders that count as sales: confirmed onwards, not cancelled or void. */
export const SOLD_STATUSES = ['confirmed', 'shipped', 'completed']
const SERVICE_STATUSES = [
  { key: 'open', label: l('处理中', 'Open') },
  { key: 'waiting', label: l('等待客户', 'Waiting for customer') },
  { key: 'resolved', label: l('已解决', 'Resolved') },
  { key: 'closed', label: l('已关闭', 'Closed') },
]
const TOP = 10

/**
 * The workspace home's charts, each from one aggregate query within the user's scope (the manager's
 * team, the rep's own records): nothing loads every record. A chart the user may not see is null.
 */
export async function homeCharts(req: PayloadRequest, now = new Date()): Promise<HomeCharts> {
  const [opportunities, orders, service] = await Promise.all([
    chartScope(req, 'opportunities'),
    chartScope(req, 'sales-orders'),
    chartScope(req, 'service-requests'),
  ])
  const tenant = opportunities?.tenant ?? orders?.tenant ?? service?.tenant
  const timeZone = tenant == null ? null : await tenantTimeZone(req, tenant)
  const sold = [{ field: 'status', in: SOLD_STATUSES }]
  const buckets = monthBuckets(now, timeZone, 12)
  return {
    pipeline: opportunities ? await pipeline(req, opportunities) : null,
    salesByMonth: orders
      ? byKey(
          await groupTotals(req, orders, { collection: 'sales-orders', groupBy: 'month', buckets, sum: 'total', filters: sold }),
          buckets.map((b) => ({ key: b.key, label: l(b.key, b.key) })),
        )
      : null,
    salesByOwner: orders
      ? await named(
          req,
          'users',
          await groupTotals(req, orders, { collection: 'sales-orders', groupBy: 'owner', sum: 'total', filters: sold }),
        )
      : null,
    salesByDepartment: orders
      ? await named(
          req,
          'departments',
          await groupTotals(req, orders, { collection: 'sales-orders', groupBy: 'department', sum: 'total', filters: sold }),
        )
      : null,
    serviceByStatus: service
      ? byKey(await groupTotals(req, service, { collection: 'service-requests', groupBy: 'status' }), SERVICE_STATUSES)
      : null,
    satisfaction: service ? satisfactionBars(await satisfactionCounts(req, service)) : null,
  }
}

async function pipeline(req: PayloadRequest, scope: NonNullable<Awaited<ReturnType<typeof chartScope>>>) {
  // The stages of the tenant's opportunity workflows come first, in their order; then the default ones.
  const stages = new Map<string, { label: Labels; final?: boolean }>()
  for (const workflow of await activeWorkflows(req, scope.tenant, 'opportunities'))
    for (const stage of workflow.stages) if (!stages.has(stage.key)) stages.set(stage.key, stage)
  for (const stage of DEFAULT_OPPORTUNITY_STAGES) if (!stages.has(stage.key)) stages.set(stage.key, stage)
  const finals = [...stages].filter(([, s]) => s.final).map(([key]) => key)
  const rows = await groupTotals(req, scope, {
    collection: 'opportunities',
    groupBy: 'stage',
    sum: 'amount',
    filters: [{ field: 'stage', notIn: finals }],
  })
  const order = [...stages.keys()]
  return rows
    .map((row) => {
      const key = row.key ?? ''
      return { key, label: stages.get(key)?.label ?? l(key || '—', key || '—'), count: row.count, sum: row.sum }
    })
    .sort((a, b) => rank(order, a.key) - rank(order, b.key))
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length)

/** Bars in a fixed order with labels; groups outside it follow; empty known groups show as zero. */
function byKey(rows: GroupRow[], known: { key: string; label: Labels }[]): ChartBar[] {
  const found = new Map(rows.map((r) => [r.key ?? '', r]))
  const bars = known.map((k) => ({ ...k, count: found.get(k.key)?.count ?? 0, sum: found.get(k.key)?.sum ?? '0.00' }))
  for (const row of rows)
    if (!known.some((k) => k.key === (row.key ?? '')))
      bars.push({ key: row.key ?? '', label: l('未填写', 'Not set'), count: row.count, sum: row.sum })
  return bars
}

/** Owner or department groups with their names, largest sum first, the first ten. */
async function named(req: PayloadRequest, collection: 'users' | 'departments', rows: GroupRow[]): Promise<ChartBar[]> {
  const top = [...rows].sort((a, b) => new Decimal(b.sum).comparedTo(a.sum) || b.count - a.count).slice(0, TOP)
  const ids = top.flatMap((r) => (r.key == null ? [] : [r.key]))
  const { docs } = ids.length
    ? await req.payload.find({
        collection,
        where: { id: { in: ids } },
        limit: ids.length,
        depth: 0,
        overrideAccess: true,
        req,
        select: { name: true } as never,
      })
    : { docs: [] }
  const names = new Map((docs as unknown as { id: unknown; name?: string }[]).map((d) => [String(d.id), d.name ?? String(d.id)]))
  return top.map((row) => {
    const name = row.key == null ? null : names.get(row.key)
    return { key: row.key ?? '', label: name ? l(name, name) : l('未分配', 'Unassigned'), count: row.count, sum: row.sum }
  })
}

function satisfactionBars(counts: Map<number, number>): ChartBar[] {
  return [5, 4, 3, 2, 1].map((rating) => ({
    key: String(rating),
    label: l(`${rating} 分`, `${rating} / 5`),
    count: counts.get(rating) ?? 0,
    sum: '0.00',
  }))
}
