import { describeCycle, findCycles, schemaDependencies, sectionDependencies } from '../../../src/customFields/ruleCycles'
import type { DesignerDoc } from './document'

/**
 * The rules of the design that are part of a circle, each with the circle named ("custom.a → custom.b
 * → custom.a"), by the rule's pointer: `/properties/<key>/<rule>` for a field's rule,
 * `/tabs/<t>/sections/<s>/visibleWhen` for a section's. The property panel shows it under every rule
 * of the circle as it is typed; the save-time checks refuse the same circles.
 */
export function circularRules(doc: DesignerDoc): Map<string, string> {
  const fields = schemaDependencies(doc.schema)
  const cycles = [
    ...findCycles(fields),
    ...findCycles([...fields, ...sectionDependencies(doc.layout)], (e) => e.pointer.startsWith('/tabs/')),
  ]
  const found = new Map<string, string>()
  for (const cycle of cycles)
    for (const edge of cycle) if (!found.has(edge.pointer)) found.set(edge.pointer, describeCycle(cycle))
  return found
}
