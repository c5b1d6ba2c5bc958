/** What a report shows: every record (tabular), totals per group (summary), or a grid of two groups (matrix). */
export const REPORT_TYPES = ['tabular', 'summary', 'matrix'] as const
export const AGGREGATE_FNS = ['count', 'sum', 'avg', 'min', 'max'] as const
export const DATE_UNITS = ['month', 'quarter', 'year'] as const
/** Relative date ranges, computed in the tenant's time zone when the report runs. */
export const RELATIVE_PERIODS = [
  'today',
  'last7Days',
  'last30Days',
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'lastYear',
] as const
export const FILTER_OPS = [
  'equals',
  'notEquals',
  'in',
  'notIn',
  'gt',
  'gte',
  'lt',
  'lte',
  'isSet',
  'isEmpty',
  'contains',
  'period',
  'between',
] as const
export const CHART_TYPES = ['bar', 'line', 'pie', 'funnel'] as const

export type ReportType = (typeof REPORT_TYPES)[number]
export type AggregateFn = (typeof AGGREGATE_FNS)[number]
export type DateUnit = (typeof DATE_UNITS)[number]
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number]
export type FilterOp = (typeof FILTER_OPS)[number]
export type ChartType = (typeof CHART_TYPES)[number]

/** A field is a base field's name (`amount`) or a custom field's path (`custom.region`). */
export type ReportFilter = {
  field: string
  op: FilterOp
  value?: string | number | boolean
  values?: (string | number)[]
  period?: RelativePeriod
  /** `between`: a half-open range [from, to) of ISO dates or numbers. */
  from?: string | number
  to?: string | number
}
export type ReportGroup = { field: string; dateUnit?: DateUnit }
export type ReportAggregate = { fn: AggregateFn; field?: string }
/** Tabular reports sort by fields; summaries by a group's field or by an aggregate (its index). */
export type ReportSort = { field?: string; aggregate?: number; direction: 'asc' | 'desc' }
export type ReportChart = { type: ChartType; aggregate: number }

export type ReportDefinition = {
  entity: string
  type: ReportType
  columns?: string[]
  groups?: ReportGroup[]
  aggregates?: ReportAggregate[]
  filters?: ReportFilter[]
  sort?: ReportSort[]
  chart?: ReportChart | null
}
