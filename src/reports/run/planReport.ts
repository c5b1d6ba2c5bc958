import type { PayloadRequest } from 'payload'
import { fieldRulesFor } from '../../fieldPermissions/fieldRulesFor'
import { hidesValue } from '../../fieldPermissions/levels'
import type { ChartScope } from '../../workspace/charts/chartScope'
import { type Range, relativeRange } from '../dates/periods'
import type { AggregateFn, DateUnit, ReportDefinition, ReportFilter } from '../definition/reportDefinition'
import { type ReportField, reportFields } from '../fields/reportFields'
import { ReportError } from '../reportError'

export type PlannedGroup = { field: ReportField; dateUnit?: DateUnit }
export type PlannedAggregate = { fn: AggregateFn; field?: ReportField }
export type PlannedFilter = ReportFilter & { target: ReportField; range?: Range }

/** A definition checked against the tenant's fields and the user's permissions, ready to run. */
export type ReportPlan = {
  definition: ReportDefinition
  scope: ChartScope
  timeZone: string | null
  now: Date
  columns: ReportField[]
  groups: PlannedGroup[]
  aggregates: PlannedAggregate[]
  filters: PlannedFilter[]
  /** A tabular report's sort as Payload sort paths (`-amount`, `account.industry`). */
  recordSort: string[]
}

const GROUPABLE = new Set(['text', 'select', 'number', 'date', 'boolean', 'relationship'])
const SUMMABLE = new Set(['number', 'money'])

/**
 * Resolves every field a definition names and refuses what the user may not do: a field that does
 * not exist, one hidden or masked for the user's roles (it could be read back through group keys or
 * sums), an aggregate over text, a date group without a unit. Errors name the definition's path.
 */
export async function planReport(
  req: PayloadRequest,
  definition: ReportDefinition,
  scope: ChartScope,
  timeZone: string | null,
  now: Date,
): Promise<ReportPlan> {
  const fields = await reportFields(req, scope.tenant, definition.entity)
  // The field rules of the report's entity and of each related entity the definition names, read once:
  // a related field is checked in its own entity, and the relationship it goes through in the report's.
  const rulesOf = new Map<string, Awaited<ReturnType<typeof fieldRulesFor>>>()
  const named = [
    ...(definition.columns ?? []),
    ...(definition.groups ?? []).map((g) => g.field),
    ...(definition.aggregates ?? []).map((a) => a.field),
    ...(definition.filters ?? []).map((f) => f.field),
    ...(definition.sort ?? []).map((s) => s.field),
  ]
  const related = named.flatMap((path) => (path && fields.get(path)?.via?.relationTo) || [])
  for (const entity of new Set([definition.entity, ...related]))
    rulesOf.set(entity, await fieldRulesFor(req, entity, scope.tenant))
  const levelOf = (entity: string, path: string) => rulesOf.get(entity)?.get(path)?.level
  const resolve = (path: string, at: string, allowMasked = false): ReportField => {
    const field = fields.get(path)
    if (!field) throw new ReportError('unknownField', at, { field: path })
    const levels = field.via
      ? [levelOf(definition.entity, field.via.path), levelOf(field.via.relationTo, field.via.field)]
      : [levelOf(definition.entity, path)]
    // A related column is read without the user's field masks (runTabular), so masked is refused there too.
    for (const level of levels)
      if (level === 'hidden' || ((!allowMasked || field.via) && hidesValue(level)))
        throw new ReportError('hiddenField', at, { field: path })
    return field
  }
  const groups = (definition.groups ?? []).map((g, i): PlannedGroup => {
    const field = resolve(g.field, `groups.${i}.field`)
    if (!GROUPABLE.has(field.kind)) throw new ReportError('notGroupable', `groups.${i}.field`, { field: g.field })
    if (g.dateUnit && field.kind !== 'date') throw new ReportError('dateUnitOnDate', `groups.${i}.dateUnit`)
    if (field.kind === 'date' && !g.dateUnit) throw new ReportError('dateUnitNeeded', `groups.${i}.dateUnit`, { field: g.field })
    return { field, dateUnit: g.dateUnit }
  })
  const type = definition.type
  if ((type === 'summary' && (groups.length < 1 || groups.length > 2)) || (type === 'matrix' && groups.length !== 2))
    throw new ReportError('groupsNeeded', 'groups')
  const columns = (definition.columns ?? []).map((path, i) => resolve(path, `columns.${i}`, true))
  if (type === 'tabular' && columns.length === 0) throw new ReportError('columnsNeeded', 'columns')
  const aggregates = (
    type === 'tabular' ? [] : definition.aggregates?.length ? definition.aggregates : [{ fn: 'count' as const }]
  ).map((a, i): PlannedAggregate => {
    if (a.fn === 'count') return { fn: 'count' }
    if (!a.field) throw new ReportError('fieldNeeded', `aggregates.${i}.field`, { fn: a.fn })
    const field = resolve(a.field, `aggregates.${i}.field`)
    if (!SUMMABLE.has(field.kind)) throw new ReportError('notAggregable', `aggregates.${i}.field`, { field: a.field })
    return { fn: a.fn, field }
  })
  const filters = (definition.filters ?? []).map((f, i): PlannedFilter => {
    const target = resolve(f.field, `filters.${i}.field`)
    const need = (ok: boolean, what: string) => {
      if (!ok) throw new ReportError('filterValue', `filters.${i}`, { field: f.field, what })
    }
    if (f.op === 'period') {
      if (target.kind !== 'date') throw new ReportError('periodOnDate', `filters.${i}.period`)
      need(Boolean(f.period), 'a period')
      return { ...f, target, range: relativeRange(f.period as NonNullable<ReportFilter['period']>, now, timeZone) }
    }
    if (f.op === 'in' || f.op === 'notIn') need(Array.isArray(f.values), 'a list of values')
    else if (f.op === 'between') need(f.from != null && f.to != null, '"from" and "to"')
    else if (f.op !== 'isSet' && f.op !== 'isEmpty') need(f.value != null, 'a value')
    return { ...f, target }
  })
  const recordSort: string[] = []
  for (const [i, s] of (definition.sort ?? []).entries()) {
    if (s.aggregate != null && s.aggregate >= aggregates.length)
      throw new ReportError('aggregateIndex', `sort.${i}.aggregate`, { index: s.aggregate })
    if (!s.field) continue
    const field = resolve(s.field, `sort.${i}.field`)
    recordSort.push(`${s.direction === 'desc' ? '-' : ''}${field.wherePath ?? field.path}`)
  }
  if (definition.chart && definition.chart.aggregate >= aggregates.length)
    throw new ReportError('aggregateIndex', 'chart.aggregate', { index: definition.chart.aggregate })
  return { definition, scope, timeZone, now, columns, groups, aggregates, filters, recordSort }
}
