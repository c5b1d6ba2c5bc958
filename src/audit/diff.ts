import { isSlot } from '../customFields/slots/slotColumns'

/** One changed field: where, and its value before and after. */
export type FieldChange = { field: string; before: unknown; after: unknown }

const IGNORED = new Set(['updatedAt', 'createdAt', 'id', '_status'])

const normalise = (value: unknown): unknown => {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in (value as object))
    return (value as { id: unknown }).id
  // A polymorphic relation ({ relationTo, value }) keeps its target's id, never a copy of the populated record.
  if (value && typeof value === 'object' && !Array.isArray(value) && 'relationTo' in value && 'value' in value)
    return { relationTo: (value as { relationTo: unknown }).relationTo, value: normalise((value as { value: unknown }).value) }
  if (Array.isArray(value)) return value.map(normalise)
  return value ?? null
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

/**
 * Field-by-field changes between two versions of a record; `custom` is compared key by key
 * (`custom.<key>`) so an admin-defined field's history reads like any other field's.
 */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const changes: FieldChange[] = []
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  for (const key of [...keys].sort()) {
    // Storage mirrors (money in cents, duplicate match keys, custom-field slots) follow their fields and are not history.
    if (IGNORED.has(key) || key.endsWith('Minor') || key.startsWith('dupKey') || isSlot(key)) continue
    const a = before?.[key]
    const b = after?.[key]
    if (key === 'custom' && (isObject(a) || isObject(b))) {
      for (const sub of [...new Set([...Object.keys(asObject(a)), ...Object.keys(asObject(b))])].sort()) {
        const x = asObject(a)[sub]
        const y = asObject(b)[sub]
        if (!same(x, y)) changes.push({ field: `custom.${sub}`, before: normalise(x), after: normalise(y) })
      }
      continue
    }
    if (!same(a, b)) changes.push({ field: key, before: normalise(a), after: normalise(b) })
  }
  return changes
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v)
const asObject = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {})
