import { LIMITS, type ListView, PAGE_SIZES } from '../../../src/customFields/layout/types'
import { clamp, type DesignerDoc } from './document'

/** A copy of the document with one view changed, or the same document when the view is missing or unchanged. */
function withView(doc: DesignerDoc, id: string, change: (view: ListView) => ListView): DesignerDoc {
  const index = doc.listViews.views.findIndex((v) => v.id === id)
  if (index < 0) return doc
  const current = doc.listViews.views[index]
  const next = change(current)
  if (next === current) return doc
  return { ...doc, listViews: { ...doc.listViews, views: doc.listViews.views.map((v, i) => (i === index ? next : v)) } }
}

/** A new view with the given columns; the first view of an entity is its default. */
export function addView(
  doc: DesignerDoc,
  label: ListView['label'],
  kind: ListView['kind'],
  columns: string[],
  groupBy?: string,
): DesignerDoc {
  const used = new Set(doc.listViews.views.map((v) => v.id))
  let n = 1
  while (used.has(`view${n}`)) n++
  const view: ListView = {
    id: `view${n}`,
    label,
    kind,
    columns: columns.map((field) => ({ field })),
    pageSize: 20,
    ...(kind === 'kanban' ? { groupBy, cardFields: columns.slice(0, 3) } : {}),
    ...(doc.listViews.views.length === 0 ? { default: true } : {}),
  }
  return { ...doc, listViews: { ...doc.listViews, views: [...doc.listViews.views, view] } }
}

export function removeView(doc: DesignerDoc, id: string): DesignerDoc {
  if (!doc.listViews.views.some((v) => v.id === id)) return doc
  return { ...doc, listViews: { ...doc.listViews, views: doc.listViews.views.filter((v) => v.id !== id) } }
}

/** Adds a column, or moves it when the view already shows it; `index` is its position afterwards. */
export function placeColumn(doc: DesignerDoc, id: string, field: string, index: number): DesignerDoc {
  return withView(doc, id, (view) => {
    const from = view.columns.findIndex((c) => c.field === field)
    if (from < 0 && view.columns.length >= LIMITS.columns) return view
    const rest = view.columns.filter((c) => c.field !== field)
    const at = clamp(index, 0, rest.length)
    if (from === at) return view
    const columns = [...rest]
    columns.splice(at, 0, from >= 0 ? view.columns[from] : { field })
    return { ...view, columns }
  })
}

export function removeColumn(doc: DesignerDoc, id: string, field: string): DesignerDoc {
  return withView(doc, id, (view) =>
    view.columns.some((c) => c.field === field) && view.columns.length > 1
      ? { ...view, columns: view.columns.filter((c) => c.field !== field) }
      : view,
  )
}

export function setColumnWidth(doc: DesignerDoc, id: string, field: string, width: number): DesignerDoc {
  const [min, max] = LIMITS.width
  const next = clamp(Math.round(width), min, max)
  return withView(doc, id, (view) =>
    view.columns.some((c) => c.field === field && c.width !== next)
      ? { ...view, columns: view.columns.map((c) => (c.field === field ? { ...c, width: next } : c)) }
      : view,
  )
}

/** Default sort: a field and a direction, or none. */
export function setSort(doc: DesignerDoc, id: string, field: string | null, descending = false): DesignerDoc {
  const sort = field ? `${descending ? '-' : ''}${field}` : undefined
  return withView(doc, id, (view) => {
    if (view.sort === sort) return view
    const { sort: _, ...rest } = view
    return sort ? { ...rest, sort } : rest
  })
}

export function setPageSize(doc: DesignerDoc, id: string, pageSize: number): DesignerDoc {
  if (!(PAGE_SIZES as readonly number[]).includes(pageSize)) return doc
  return withView(doc, id, (view) => (view.pageSize === pageSize ? view : { ...view, pageSize }))
}

/** Makes one view the default (the others stop being it). */
export function setDefaultView(doc: DesignerDoc, id: string): DesignerDoc {
  if (!doc.listViews.views.some((v) => v.id === id)) return doc
  if (doc.listViews.views.every((v) => Boolean(v.default) === (v.id === id))) return doc
  const views = doc.listViews.views.map((v) => {
    const { default: _, ...rest } = v
    return v.id === id ? { ...rest, default: true } : rest
  })
  return { ...doc, listViews: { ...doc.listViews, views } }
}

/** The fields offered as one-click filters above the list, in order. */
export function setQuickFilters(doc: DesignerDoc, id: string, fields: string[]): DesignerDoc {
  return withView(doc, id, (view) =>
    JSON.stringify(view.quickFilters ?? []) === JSON.stringify(fields) ? view : { ...view, quickFilters: [...new Set(fields)] },
  )
}
