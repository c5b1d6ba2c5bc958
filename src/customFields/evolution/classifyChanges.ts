import type { CustomSchema, FieldSchema } from '../customSchema'

/** How a field changes between the published version and a draft, as far as stored values are concerned. */
export type FieldChange =
  | { key: string; kind: 'added'; required: boolean }
  | { key: string; kind: 'removed' }
  | { key: string; kind: 'typeChanged'; from: string; to: string }
  | { key: string; kind: 'constrained'; keywords: string[] }
  | { key: string; kind: 'madeRequired' }
  /** Not a schema change: an admin erasing a removed field's stored values. */
  | { key: string; kind: 'purged' }
  /** Not found by comparing versions: a rename moves the values of `key` to `to`. */
  | { key: string; kind: 'renamed'; to: string }

/** Keywords whose change can make a stored value invalid. */
const CONSTRAINTS = [
  'maxLength',
  'minLength',
  'pattern',
  'minimum',
  'maximum',
  'enum',
  'x-decimal',
  'items',
  'format',
  'minItems',
  'maxItems',
  'x-relationTo',
  'x-dictionary',
]

const live = (schema: CustomSchema | null, key: string): FieldSchema | undefined => {
  const field = schema?.properties[key]
  return field && !field['x-removed'] ? field : undefined
}

/**
 * What a draft changes for the values already stored: new required fields, removed fields, type
 * changes and constraints that changed (any change to a constraint counts: whether it tightens is
 * for the dry run to find out, value by value). Labels, help, rules and layout never touch data.
 */
export function classifyChanges(published: CustomSchema | null, draft: CustomSchema): FieldChange[] {
  const changes: FieldChange[] = []
  const requiredBefore = new Set(published?.required ?? [])
  const requiredAfter = new Set(draft.required ?? [])
  const keys = new Set([...Object.keys(published?.properties ?? {}), ...Object.keys(draft.properties)])
  for (const key of keys) {
    const before = live(published, key)
    const after = live(draft, key)
    if (!before && !after) continue
    if (!before) {
      changes.push({ key, kind: 'added', required: requiredAfter.has(key) })
      continue
    }
    if (!after) {
      changes.push({ key, kind: 'removed' })
      continue
    }
    if (before['x-type'] !== after['x-type']) {
      changes.push({ key, kind: 'typeChanged', from: before['x-type'], to: after['x-type'] })
      continue
    }
    const keywords = CONSTRAINTS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    if (keywords.length > 0) changes.push({ key, kind: 'constrained', keywords })
    if (!requiredBefore.has(key) && requiredAfter.has(key)) changes.push({ key, kind: 'madeRequired' })
  }
  return changes
}

/** Changes that need the stored values looked at (a dry run) before publishing. */
export const touchesData = (change: FieldChange) =>
  (change.kind === 'added' && change.required) ||
  change.kind === 'typeChanged' ||
  change.kind === 'constrained' ||
  change.kind === 'madeRequired'
