import type { PayloadRequest, Where } from 'payload'
import type { Label } from '../../i18n/label'
import type { FieldKind } from '../fields/reportFields'
import { filterWhere } from '../sql/filterSql'
import { recordTitles } from './groupLabels'
import type { ReportPlan } from './planReport'
import { relatedCells } from './relatedCells'

export type TabularResult = {
  type: 'tabular'
  columns: { path: string; label: Label; kind: FieldKind; options?: { value: string; label: Label }[] }[]
  /** One page of records: each cell a value as the API gives it (money a decimal string), a related record's title. */
  rows: { id: string; cells: unknown[] }[]
  page: number
  pageSize: number
  totalRows: number
}

/**
 * A tabular report's rows, one page at a time, read through the Local API with the user's own access:
 * the collection's read scope, shared records, and field masking apply exactly as in the record list.
 */
export async function runTabular(req: PayloadRequest, plan: ReportPlan, page = 1, pageSize = 50): Promise<TabularResult> {
  const entity = plan.definition.entity
  const where: Where = { and: [{ tenant: { equals: plan.scope.tenant } }, ...plan.filters.map(filterWhere)] }
  const sort = plan.recordSort
  const select: Record<string, true> = {}
  for (const c of plan.columns) select[c.via ? c.via.path : c.path.startsWith('custom.') ? 'custom' : c.path] = true
  const found = await req.payload.find({
    collection: entity as 'accounts',
    where,
    sort: sort.length ? sort : '-createdAt',
    select: select as never,
    page: Math.max(1, page),
    limit: Math.min(Math.max(1, pageSize), 500),
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const docs = found.docs as unknown as Record<string, unknown>[]
  const cellOf = await relatedCells(req, plan.columns, docs, plan.scope.tenant)
  const titles = new Map<string, Map<string, string>>()
  for (const c of plan.columns)
    if (c.kind === 'relationship' && c.relationTo) {
      const ids = [
        ...new Set(
          docs
            .map((d) => cellOf(d, c))
            .filter((v) => v != null)
            .map(String),
        ),
      ]
      titles.set(c.path, await recordTitles(req, c.relationTo, ids))
    }
  return {
    type: 'tabular',
    columns: plan.columns.map((c) => ({
      path: c.path,
      label: c.label,
      kind: c.kind,
      ...(c.options ? { options: c.options } : {}),
    })),
    rows: docs.map((d) => ({
      id: String(d.id),
      cells: plan.columns.map((c) => {
        const value = cellOf(d, c) ?? null
        return value != null && titles.has(c.path) ? (titles.get(c.path)?.get(String(value)) ?? `#${value}`) : value
      }),
    })),
    page: found.page ?? 1,
    pageSize: found.limit,
    totalRows: found.totalDocs,
  }
}
