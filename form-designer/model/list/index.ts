/** Lists and kanban boards as data: the REST query of a view and the moves of a board. Pure. */

export { formatCell, valueAt } from './formatCell'
export { type BoardColumn, columnId, columnStep, columnValue, moveCard } from './kanban'
export { type ListField, listFields, quickKindOf } from './listFields'
export {
  type ListState,
  listQuery,
  nextSort,
  openingView,
  type QuickKind,
  type QuickValue,
  quickFilters,
  toSearchParams,
  type Where,
} from './listQuery'
