import { fieldsReferenced, parsedRule } from '../rules'
import type { DesignerDoc } from './document'

const RULES = ['x-visibleWhen', 'x-requiredWhen', 'x-readOnlyWhen', 'x-formula'] as const

/**
 * The places inside the document that read a field: other fields' rules and formulas and section
 * rules. The designer shows them before a removal; the engine's reference registry covers the rest
 * (templates, saved filters, workflows).
 */
export function referencesTo(doc: DesignerDoc, field: string): string[] {
  const places: string[] = []
  const reads = (rule: unknown) =>
    typeof rule === 'string' && safeFields(rule).some((path) => path === field || path.startsWith(`${field}.`))
  for (const [key, f] of Object.entries(doc.schema.properties)) {
    if (`custom.${key}` === field || f['x-removed']) continue
    for (const rule of RULES) if (reads(f[rule])) places.push(`custom.${key} ${rule}`)
  }
  for (const tab of doc.layout.tabs)
    for (const section of tab.sections) if (reads(section.visibleWhen)) places.push(`section ${section.id} visibleWhen`)
  return places
}

function safeFields(rule: string): string[] {
  try {
    return fieldsReferenced(parsedRule(rule))
  } catch {
    return [] // a rule that does not parse reads nothing; the save-time check reports it
  }
}
