import type { Payload } from 'payload'
import type { MapReference } from './traverse'

type Filter = { field?: unknown; operator?: unknown; value?: unknown }
type View = { filters?: Filter[] }

/**
 * A list view's filters on a relationship (`owner equals 12`, `account in [3, 4]`) hold database ids
 * inside a JSON field, which the field-by-field copy (traverse.ts) does not look into: each such value
 * goes through `map` too, so a view names a user by email and a record by key like any relationship.
 * Views are in a saved view's `view` and in an entity version's `listViews.views`. Filters on custom
 * lookups are left as they are (their target is in the schema, not the collection).
 */
export async function mapViewFilters(
  payload: Payload,
  section: string,
  values: Record<string, unknown>,
  map: MapReference,
): Promise<Record<string, unknown>> {
  const collection = payload.collections[String(values.entity) as 'accounts']?.config
  if (!collection) return values
  const relationOf = (name: unknown) => {
    const field = collection.flattenedFields.find((f) => f.name === name)
    return field && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'
      ? field.relationTo
      : null
  }
  const mapView = async (view: View, path: string): Promise<View> => {
    if (!Array.isArray(view?.filters)) return view
    const filters = await Promise.all(
      view.filters.map(async (filter, i) => {
        const target = relationOf(filter?.field)
        if (!target || filter.value == null) return filter
        const at = `${path}/filters/${i}/value`
        const value = Array.isArray(filter.value)
          ? await Promise.all(filter.value.map((v, j) => map(target, v, `${at}/${j}`)))
          : await map(target, filter.value, at)
        return { ...filter, value }
      }),
    )
    return { ...view, filters }
  }
  if (section === 'savedViews' && values.view && typeof values.view === 'object')
    return { ...values, view: await mapView(values.view as View, '/view') }
  const listViews = values.listViews as { views?: View[] } | null | undefined
  if (section === 'entitySchemas' && Array.isArray(listViews?.views))
    return {
      ...values,
      listViews: { ...listViews, views: await Promise.all(listViews.views.map((v, i) => mapView(v, `/listViews/views/${i}`))) },
    }
  return values
}
