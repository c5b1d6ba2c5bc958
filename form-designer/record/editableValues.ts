import type { TabState } from '../model/form'

/**
 * What a save sends: the base fields the form shows and lets the user change, and the custom values.
 * Read-only, masked and hidden base fields stay out, so a save never writes back what the user could
 * not see or change (the server refuses such writes anyway).
 */
export function editableValues(
  tabs: TabState[],
  record: Record<string, unknown>,
  { omitEmpty = false } = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of tabs.flatMap((t) => t.sections.flatMap((s) => s.fields))) {
    if (field.kind === 'custom' || field.readOnly || !field.visible) continue
    if ((field.base?.type === 'array' && !field.base.lineItems) || field.base?.type === 'json') continue
    const value = record[field.field] ?? null
    // A new record leaves empty fields out, so the server's defaults and hooks fill them.
    if (omitEmpty && (value === null || value === '')) continue
    body[field.field] = value
  }
  const custom = record.custom as Record<string, unknown> | undefined
  if (custom && Object.keys(custom).length > 0) body.custom = custom
  return body
}

/** The fields whose stored value differs between two versions of a record (for the stale-save message). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const skip = new Set(['updatedAt', 'createdAt'])
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  const changed: string[] = []
  for (const key of keys) {
    if (skip.has(key)) continue
    if (key === 'custom') {
      const a = (before.custom ?? {}) as Record<string, unknown>
      const b = (after.custom ?? {}) as Record<string, unknown>
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
        if (JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null)) changed.push(`custom.${k}`)
    } else if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changed.push(key)
  }
  return changed
}
