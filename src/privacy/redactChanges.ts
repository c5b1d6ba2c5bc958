/** What an erased value reads as wherever it was kept (audit entries, emails). A marker, not a message. */
export const ERASED = '[erased]'

type Change = { field?: string; before?: unknown; after?: unknown }
export type Redaction = {
  /** Fields whose every value is personal (`name`, `consent`, `address` …), by top-level name. */
  fields: Set<string>
  /** Values that identify the person wherever they were copied (their name, numbers, address). */
  values: string[]
}

const topLevel = (field: string | undefined) => String(field ?? '').split('.')[0]

/** A value with every copy of the person's identifying strings replaced, however deep. */
export function redactValue(value: unknown, values: Set<string>): unknown {
  if (typeof value === 'string') return values.has(value.trim().toLowerCase()) ? ERASED : value
  if (Array.isArray(value)) return value.map((v) => redactValue(v, values))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, values)]))
  return value
}

/**
 * An audit entry's changes without the person in them: personal fields lose their values entirely,
 * any other field loses the values copied from the person. Returns the same array when nothing changed.
 */
export function redactChanges(changes: unknown, redaction: Redaction): unknown {
  if (!Array.isArray(changes)) return changes
  const values = new Set(redaction.values.map((v) => v.trim().toLowerCase()).filter(Boolean))
  let changed = false
  const result = (changes as Change[]).map((change) => {
    const personal = redaction.fields.has(topLevel(change.field))
    const before = personal ? (change.before == null ? null : ERASED) : redactValue(change.before, values)
    const after = personal ? (change.after == null ? null : ERASED) : redactValue(change.after, values)
    if (JSON.stringify(before) === JSON.stringify(change.before) && JSON.stringify(after) === JSON.stringify(change.after))
      return change
    changed = true
    return { ...change, before, after }
  })
  return changed ? result : changes
}
