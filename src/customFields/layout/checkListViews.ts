import type { Language } from '../../i18n/language'
import type { FieldCatalog } from './fieldCatalog'
import { say } from './messages'
import { ID, isLabels, isObject, isWholeBetween, type LayoutProblem } from './shape'
import { LIMITS, LIST_OPERATORS, PAGE_SIZES } from './types'

/**
 * Can these list views be saved? Columns, filters, quick filters and card fields that exist and are not
 * removed, a sort on a sortable field, a page size the lists offer, kanban boards grouped by a select
 * field, unique ids and at most one default view. Every problem is listed with a JSON pointer.
 */
export function checkListViews(listViews: unknown, fields: FieldCatalog, language: Language): LayoutProblem[] {
  const problems: LayoutProblem[] = []
  const at = (pointer: string, key: Parameters<typeof say>[1], vars?: Record<string, string | number>) =>
    problems.push({ pointer, message: say(language, key, vars) })
  const field = (pointer: string, value: unknown) => {
    if (typeof value !== 'string' || !fields.exists(value)) at(pointer, 'missingField', { field: String(value) })
    else if (fields.removed(value)) at(pointer, 'removedField', { field: value })
  }
  if (!isObject(listViews)) {
    at('', 'notObject')
    return problems
  }
  if (listViews.version !== 1) at('/version', 'version')
  const views = listViews.views
  if (!Array.isArray(views) || views.length > LIMITS.listViews) {
    at('/views', 'list', { limit: LIMITS.listViews })
    return problems
  }
  const ids = new Set<string>()
  let defaults = 0
  for (const [v, view] of views.entries()) {
    const vp = `/views/${v}`
    if (!isObject(view)) {
      at(vp, 'notObject')
      continue
    }
    if (typeof view.id !== 'string' || !ID.test(view.id)) at(`${vp}/id`, 'id')
    else if (ids.has(view.id)) at(`${vp}/id`, 'duplicateId', { id: view.id })
    else ids.add(view.id)
    if (!isLabels(view.label)) at(`${vp}/label`, 'label')
    if (view.default === true && ++defaults > 1) at(`${vp}/default`, 'oneDefault')
    if (!(PAGE_SIZES as readonly unknown[]).includes(view.pageSize))
      at(`${vp}/pageSize`, 'pageSize', { sizes: PAGE_SIZES.join(', ') })
    const columns = view.columns
    if (!Array.isArray(columns) || columns.length > LIMITS.columns) at(`${vp}/columns`, 'list', { limit: LIMITS.columns })
    else if (columns.length === 0) at(`${vp}/columns`, 'emptyList')
    else {
      const seen = new Set<string>()
      for (const [c, column] of columns.entries()) {
        const cp = `${vp}/columns/${c}`
        if (!isObject(column)) {
          at(cp, 'notObject')
          continue
        }
        field(`${cp}/field`, column.field)
        if (seen.has(String(column.field))) at(`${cp}/field`, 'placedTwice', { field: String(column.field) })
        seen.add(String(column.field))
        const [min, max] = LIMITS.width
        if (column.width !== undefined && !isWholeBetween(column.width, min, max)) at(`${cp}/width`, 'width', { min, max })
      }
    }
    if (view.sort !== undefined) {
      const sortField = typeof view.sort === 'string' ? view.sort.replace(/^-/, '') : ''
      if (!fields.exists(sortField) || fields.removed(sortField) || !fields.sortable(sortField)) at(`${vp}/sort`, 'sort')
    }
    const filters = view.filters ?? []
    if (!Array.isArray(filters) || filters.length > LIMITS.filters) at(`${vp}/filters`, 'list', { limit: LIMITS.filters })
    else
      for (const [f, filter] of filters.entries()) {
        const fp = `${vp}/filters/${f}`
        if (!isObject(filter)) {
          at(fp, 'notObject')
          continue
        }
        field(`${fp}/field`, filter.field)
        if (!(LIST_OPERATORS as readonly unknown[]).includes(filter.operator)) at(`${fp}/operator`, 'operator')
      }
    const quick = view.quickFilters ?? []
    if (!Array.isArray(quick) || quick.length > LIMITS.filters) at(`${vp}/quickFilters`, 'list', { limit: LIMITS.filters })
    else for (const [q, name] of quick.entries()) field(`${vp}/quickFilters/${q}`, name)
    if (view.kind === 'kanban') {
      if (typeof view.groupBy !== 'string' || !fields.exists(view.groupBy) || !fields.isSelect(view.groupBy))
        at(`${vp}/groupBy`, 'groupBy')
      const cards = view.cardFields ?? []
      if (!Array.isArray(cards) || cards.length > LIMITS.columns) at(`${vp}/cardFields`, 'list', { limit: LIMITS.columns })
      else for (const [c, name] of cards.entries()) field(`${vp}/cardFields/${c}`, name)
    } else {
      if (view.kind !== 'table') at(`${vp}/kind`, 'kind')
      if (view.groupBy !== undefined) at(`${vp}/groupBy`, 'kanbanOnly')
      if (view.cardFields !== undefined) at(`${vp}/cardFields`, 'kanbanOnly')
    }
  }
  return problems
}
