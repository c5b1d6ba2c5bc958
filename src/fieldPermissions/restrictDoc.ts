import { looksMasked } from '../privacy/mask'
import type { FieldRules } from './fieldRulesFor'
import { maskField } from './maskField'

/** Whether a value was masked already (personal-data masking runs first on contacts and leads). */
const alreadyMasked = (value: unknown) => typeof value === 'string' && looksMasked(value)

/**
 * A record as the user may see it: hidden fields absent, masked ones masked. Works on the record
 * itself and on a version's `version` object alike; `custom` is copied, never changed in place.
 */
export function restrictDoc<T extends Record<string, unknown>>(doc: T, rules: FieldRules): T {
  if (rules.size === 0 || !doc || typeof doc !== 'object') return doc
  const out: Record<string, unknown> = doc
  let custom = out.custom && typeof out.custom === 'object' ? (out.custom as Record<string, unknown>) : undefined
  for (const { path, level, kind } of rules.values()) {
    const isCustom = path.startsWith('custom.')
    const holder = isCustom ? custom : out
    const key = isCustom ? path.slice(7) : path
    if (!holder || !Object.hasOwn(holder, key)) continue
    if (isCustom && holder === out.custom) {
      custom = { ...custom }
      out.custom = custom
    }
    const target = isCustom ? (custom as Record<string, unknown>) : out
    if (level === 'hidden') delete target[key]
    else if (level === 'masked' && !alreadyMasked(target[key])) target[key] = maskField(kind, target[key])
  }
  return doc
}

/** An audit entry's changes as the user may see them: hidden fields' changes left out, masked ones masked. */
export function restrictChanges(changes: unknown, rules: FieldRules): unknown {
  if (rules.size === 0 || !Array.isArray(changes)) return changes
  return (changes as { field?: string; before?: unknown; after?: unknown }[]).flatMap((change) => {
    const rule = rules.get(String(change.field ?? ''))
    if (!rule || rule.level === 'readOnly') return [change]
    if (rule.level === 'hidden') return []
    const mask = (value: unknown) => (alreadyMasked(value) ? value : maskField(rule.kind, value))
    return [{ ...change, before: mask(change.before), after: mask(change.after) }]
  })
}
