import type { PayloadRequest } from 'payload'
import { runSql, sql, tableOf } from '../../concurrency/rawSql'
import type { Label } from '../../i18n/label'
import { Decimal } from '../../money/decimal'
import { periodsCovering } from '../dates/periods'
import type { ReportField } from '../fields/reportFields'
import { ReportError } from '../reportError'
import { dateBucketSql } from '../sql/dateBucketSql'
import { fieldSql } from '../sql/fieldSql'
import { filterSql } from '../sql/filterSql'
import { type SqlChunk, scopeConditions } from '../sql/scopeSql'
import { aggregateValue, emptyTotals, mergeTotals, type Totals } from './accumulator'
import { type GroupKey, keyLabels } from './groupLabels'
import type { ReportPlan } from './planReport'
import { compareRows } from './sortRows'

export const MAX_GROUPS = 10_000
export const MAX_PERIODS = 400

export type SummaryRow = { keys: GroupKey[]; count: number; values: (string | null)[] }
export type AggregateResult = {
  type: 'summary' | 'matrix'
  groupFields: { path: string; label: Label; dateUnit?: string }[]
  aggregates: { fn: string; field?: string; label: Label; money: boolean }[]
  /** Summary: one page of groups. Matrix: every cell (rows × columns that have records). */
  rows: SummaryRow[]
  page: number
  pageSize: number
  totalRows: number
  /** With two groups: the totals of each first-level group (a matrix's row totals). */
  subtotals: SummaryRow[]
  /** A matrix's column totals (per second-level key). */
  columnTotals: SummaryRow[]
  total: SummaryRow
}

type Cell = { keys: (string | null)[]; totals: Totals }

/** Group keys as comparable strings: SQLite answers 1/0 for booleans, PostgreSQL true/false. */
function normalizeKey(field: ReportField, value: unknown): string | null {
  if (value == null) return null
  if (field.kind === 'boolean') return value === true || value === 1 || value === '1' || value === 'true' ? 'true' : 'false'
  if (field.kind === 'number') return new Decimal(String(value)).toString()
  return String(value)
}

/**
 * A summary or matrix report as one aggregate query (GROUP BY over the scoped, filtered rows): the
 * database counts, sums, and finds minima and maxima per group; money is added up in integer minor
 * units. Subtotals, column totals and the grand total are merged here from the groups, exactly.
 */
export async function runAggregate(req: PayloadRequest, plan: ReportPlan, page = 1, pageSize = 50): Promise<AggregateResult> {
  const entity = plan.definition.entity
  const table = tableOf(req, entity)
  const conditions: SqlChunk[] = [...scopeConditions(req, entity, plan.scope), ...plan.filters.map((f) => filterSql(req, f))]
  const where = sql.join(conditions, sql` AND `)
  const keys: SqlChunk[] = []
  for (const [i, group] of plan.groups.entries()) {
    const column = fieldSql(req, group.field)
    if (!group.dateUnit) {
      keys.push(sql`${column}`)
      continue
    }
    const [span] = (await runSql(
      req,
      sql`SELECT MIN(${column}) AS "first", MAX(${column}) AS "last" FROM ${table} WHERE ${where}`,
    )) as {
      first: unknown
      last: unknown
    }[]
    const periods =
      span?.first == null
        ? []
        : periodsCovering(
            new Date(span.first as string),
            new Date(span.last as string),
            group.dateUnit,
            plan.timeZone,
            MAX_PERIODS,
          )
    if (!periods) throw new ReportError('tooManyPeriods', `groups.${i}.dateUnit`, { limit: MAX_PERIODS })
    keys.push(dateBucketSql(column, periods))
  }
  const measured = [
    ...new Map(plan.aggregates.filter((a) => a.field).map((a) => [a.field?.path, a.field as ReportField])).values(),
  ]
  const selects = [
    ...keys.map((k, i) => sql`${k} AS ${sql.identifier(`g${i}`)}`),
    sql`COUNT(*) AS "c"`,
    ...measured.flatMap((f, i) => {
      const col = fieldSql(req, f)
      return [
        sql`SUM(${col}) AS ${sql.identifier(`s${i}`)}`,
        sql`COUNT(${col}) AS ${sql.identifier(`n${i}`)}`,
        sql`MIN(${col}) AS ${sql.identifier(`lo${i}`)}`,
        sql`MAX(${col}) AS ${sql.identifier(`hi${i}`)}`,
      ]
    }),
  ]
  const groupBy = keys.map((_, i) => sql.raw(String(i + 1)))
  const rows = (await runSql(
    req,
    sql`SELECT ${sql.join(selects, sql`, `)} FROM ${table} WHERE ${where} GROUP BY ${sql.join(groupBy, sql`, `)} LIMIT ${MAX_GROUPS + 1}`,
  )) as Record<string, unknown>[]
  if (rows.length > MAX_GROUPS) throw new ReportError('tooManyGroups', 'groups', { limit: MAX_GROUPS })
  const decimal = (v: unknown) => (v == null ? null : new Decimal(String(v)))
  const cells: Cell[] = rows.map((r) => ({
    keys: plan.groups.map((g, i) => normalizeKey(g.field, r[`g${i}`])),
    totals: {
      count: Number(r.c),
      fields: new Map(
        measured.map((f, i) => [
          f.path,
          {
            sum: decimal(r[`s${i}`]) ?? new Decimal(0),
            n: Number(r[`n${i}`]),
            min: decimal(r[`lo${i}`]),
            max: decimal(r[`hi${i}`]),
          },
        ]),
      ),
    },
  }))
  return shape(req, plan, cells, page, pageSize)
}

function mergeBy(cells: Cell[], level: number): Cell[] {
  const merged = new Map<string | null, Cell>()
  for (const cell of cells) {
    const key = cell.keys[level]
    const into = merged.get(key) ?? { keys: [key], totals: emptyTotals() }
    mergeTotals(into.totals, cell.totals)
    merged.set(key, into)
  }
  return [...merged.values()]
}

async function shape(
  req: PayloadRequest,
  plan: ReportPlan,
  cells: Cell[],
  page: number,
  pageSize: number,
): Promise<AggregateResult> {
  const labels = await keyLabels(req, plan, cells)
  const toRow = (cell: Cell, levels: number[]): SummaryRow => ({
    keys: cell.keys.map((key, i) => ({ key, label: labels[levels[i]].get(key) ?? { en: String(key), zh: String(key) } })),
    count: cell.totals.count,
    values: plan.aggregates.map((a) => aggregateValue(cell.totals, a)),
  })
  const compare = compareRows(plan)
  const all = cells.map((c) => toRow(c, [0, 1])).sort(compare)
  const twoLevels = plan.groups.length === 2
  const total = toRow({ keys: [], totals: cells.reduce((t, c) => mergeTotals(t, c.totals), emptyTotals()) }, [])
  const matrix = plan.definition.type === 'matrix'
  const size = Math.min(Math.max(1, pageSize), 500)
  const current = Math.max(1, page)
  return {
    type: matrix ? 'matrix' : 'summary',
    groupFields: plan.groups.map((g) => ({
      path: g.field.path,
      label: g.field.label,
      ...(g.dateUnit ? { dateUnit: g.dateUnit } : {}),
    })),
    aggregates: plan.aggregates.map((a) => ({
      fn: a.fn,
      ...(a.field ? { field: a.field.path } : {}),
      label: aggregateLabel(a.fn, a.field?.label),
      money: a.fn !== 'count' && a.field?.kind === 'money',
    })),
    rows: matrix ? all : all.slice((current - 1) * size, current * size),
    page: matrix ? 1 : current,
    pageSize: matrix ? all.length : size,
    totalRows: all.length,
    subtotals: twoLevels
      ? mergeBy(cells, 0)
          .map((c) => toRow(c, [0]))
          .sort(compare)
      : [],
    columnTotals: matrix
      ? mergeBy(cells, 1)
          .map((c) => toRow(c, [1]))
          .sort(compareRows(plan, 1))
      : [],
    total,
  }
}

const FN_LABELS: Record<string, Label> = {
  count: { en: 'Count', zh: '记录数' },
  sum: { en: 'Sum of', zh: '合计' },
  avg: { en: 'Average of', zh: '平均' },
  min: { en: 'Minimum of', zh: '最小' },
  max: { en: 'Maximum of', zh: '最大' },
}

export function aggregateLabel(fn: string, field?: Label): Label {
  const l = FN_LABELS[fn]
  return field ? { en: `${l.en} ${field.en}`, zh: `${field.zh}${l.zh}` } : l
}
