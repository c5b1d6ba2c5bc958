import type { ListFilter, ListView } from '../../../src/customFields/layout/types'

/** What the user changed on top of the view: page, sort, quick filter values, search text. */
export type ListState = {
  page: number
  /** Overrides the view's sort: `field` or `-field`. */
  sort?: string
  /** Quick filter values by field; empty values are no filter. */
  quick: Record<string, QuickValue>
  search?: string
}
export type QuickValue = string | { from?: string; to?: string } | null
export type QuickKind = 'choice' | 'text' | 'range'
export type Where = Record<string, unknown>

/**
 * The user's quick filter values as list filters: a choice is equal (yes/no as booleans), a range is
 * from–to, text is contained; empty values are no filter. A saved view keeps them as its fixed filters.
 */
export function quickFilters(quick: Record<string, QuickValue>, kindOf: (field: string) => QuickKind): ListFilter[] {
  return Object.entries(quick).flatMap(([field, value]): ListFilter[] => {
    if (value == null || value === '') return []
    if (typeof value === 'object') {
      if (kindOf(field) !== 'range') return []
      return [
        ...(value.from ? [{ field, operator: 'greater_than_equal' as const, value: value.from }] : []),
        ...(value.to ? [{ field, operator: 'less_than_equal' as const, value: value.to }] : []),
      ]
    }
    if (kindOf(field) === 'choice')
      return [{ field, operator: 'equals', value: value === 'true' ? true : value === 'false' ? false : value }]
    return [{ field, operator: 'like', value }]
  })
}

const filterWhere = (f: ListFilter): Where => ({
  [f.field]: { [f.operator]: f.value ?? (f.operator === 'exists' ? true : null) },
})

/**
 * The REST query of a list: the view's own filters AND the user's quick filters AND the search over the
 * title field, the view's sort unless the user chose another, the view's page size. Pure: the list page,
 * the kanban board and the tests build the same query.
 */
export function listQuery(
  view: ListView,
  state: ListState,
  options: { titleField: string; quickKind: (field: string) => QuickKind; extra?: Where[] },
): { where: Where; sort?: string; limit: number; page: number } {
  const parts: Where[] = [
    ...(view.filters ?? []).map(filterWhere),
    ...quickFilters(state.quick, options.quickKind).map(filterWhere),
    ...(state.search?.trim() ? [{ [options.titleField]: { like: state.search.trim() } }] : []),
    ...(options.extra ?? []),
  ]
  return {
    where: parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { and: parts },
    sort: state.sort ?? view.sort,
    limit: view.pageSize,
    page: Math.max(1, state.page),
  }
}

/** Payload's bracket notation (`where[and][0][name][like]=x`), as its REST API reads query strings. */
export function toSearchParams(value: Record<string, unknown>, params = new URLSearchParams(), prefix = ''): URLSearchParams {
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? `${prefix}[${key}]` : key
    if (v === undefined) continue
    if (v !== null && typeof v === 'object') toSearchParams(v as Record<string, unknown>, params, name)
    else params.append(name, v === null ? 'null' : String(v))
  }
  return params
}

/** The sort after a click on a column header: ascending, then descending, then the view's own again. */
export function nextSort(current: string | undefined, field: string, viewSort: string | undefined): string | undefined {
  if (current === field) return `-${field}`
  if (current === `-${field}`) return viewSort === `-${field}` ? field : undefined
  return field
}

/** The view a list opens with: the one asked for, else the user's default, else the designed default, else the first. */
export function openingView<V extends { id: string; default?: boolean }>(
  views: V[],
  asked: string | null,
  userDefault?: string,
): V | undefined {
  return views.find((v) => v.id === asked) ?? views.find((v) => v.id === userDefault) ?? views.find((v) => v.default) ?? views[0]
}
