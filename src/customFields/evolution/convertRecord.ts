import type { FieldChange as AuditChange } from '../../audit/diff'
import type { FieldSchema } from '../customSchema'
import type { FieldChange } from './classifyChanges'
import { convertValue } from './convertValue'

/** One change a migration applies, with the field's definition before and after. */
export type MigrationChange = FieldChange & { before?: FieldSchema; after?: FieldSchema }
export type ValueFailure = { key: string; value: unknown; reason: string }

const empty = (v: unknown) => v == null || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * A record's custom values under the new definitions: converted values replace the old ones, values
 * that cannot be kept leave the record (the audit entry keeps them, with the reason), a field that
 * became required without a value takes its default when it has one. Pure: the runner stores it.
 */
export function convertRecord(custom: Record<string, unknown> | null | undefined, changes: MigrationChange[]) {
  const next: Record<string, unknown> = { ...(custom ?? {}) }
  const audit: AuditChange[] = []
  const failures: ValueFailure[] = []
  for (const change of changes) {
    const { key, after } = change
    if (change.kind === 'renamed') {
      if (next[key] !== undefined && next[change.to] === undefined) {
        next[change.to] = next[key]
        delete next[key]
        audit.push(
          { field: `custom.${key}`, before: next[change.to], after: null },
          { field: `custom.${change.to}`, before: null, after: next[change.to] },
        )
      }
      continue
    }
    if (change.kind === 'purged') {
      if (next[key] !== undefined) {
        audit.push({ field: `custom.${key}`, before: next[key], after: null })
        delete next[key]
      }
      continue
    }
    if (!after) continue
    const value = next[key]
    if (change.kind === 'typeChanged' || change.kind === 'constrained') {
      if (empty(value)) continue
      const result = convertValue(value, change.before, after)
      if (result.ok && !result.changed) continue
      if (result.ok) next[key] = result.value
      else {
        delete next[key]
        failures.push({ key, value, reason: result.reason })
      }
      audit.push({ field: `custom.${key}`, before: value, after: result.ok ? result.value : null })
    }
    if ((change.kind === 'madeRequired' || (change.kind === 'added' && change.required)) && empty(next[key])) {
      if (after.default !== undefined) {
        next[key] = after.default
        audit.push({ field: `custom.${key}`, before: value ?? null, after: after.default })
      } else failures.push({ key, value: null, reason: 'required, and no value or default' })
    }
  }
  return { next, audit, failures }
}
