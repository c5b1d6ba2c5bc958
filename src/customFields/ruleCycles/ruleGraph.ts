import { fieldsReferenced, parsedRule } from '../../../form-designer/model/rules'

/**
 * One edge of the form's dependency graph: the state of `from` (shown, editable, computed) is decided by
 * the value of `to`, through the rule at `pointer` (a JSON pointer into the schema or the layout).
 */
export type Dependency = { from: string; to: string; pointer: string }

/**
 * The rules whose cycles lock a form. A field hidden until another is filled, while that one is hidden
 * until the first is filled, can never be shown; two fields read-only until the other is filled can
 * never be edited; formulas reading each other never settle (the server computes them in one pass, and
 * a formula reading itself grows on every save). `x-requiredWhen` is left out on purpose: "required when
 * the other is empty", both ways, is the ordinary "fill at least one of them" and locks nothing, since a
 * required field stays visible and editable. Some circles of visibility would work ("show a while b is
 * empty and b while a is empty"), but whether one locks depends on the values, and fields that vanish
 * as their neighbour is typed in confuse; a select saying which one applies says it better. So every
 * circle through these rules is refused, which is simple to explain and to predict.
 */
const LOCKING_RULES = ['x-visibleWhen', 'x-readOnlyWhen', 'x-formula'] as const

/** What a rule path depends on as a node of the graph: `custom.<key>` (a group as a whole) or a base field. */
const nodeOf = (path: string) => {
  const parts = path.split('.')
  return parts[0] === 'custom' ? parts.slice(0, 2).join('.') : parts[0]
}

function reads(rule: unknown): string[] {
  if (typeof rule !== 'string' || rule.trim() === '') return []
  try {
    return [...new Set(fieldsReferenced(parsedRule(rule)).map(nodeOf))]
  } catch {
    return [] // a rule that does not parse reads nothing here; the rule check reports it
  }
}

type SchemaLike = { properties?: Record<string, unknown> }
type LayoutLike = { tabs?: { sections?: { visibleWhen?: unknown; fields?: { field?: unknown }[] }[] }[] }

/**
 * The dependencies that top-level custom fields' rules and formulas create. Removed fields apply no
 * rules; rules inside a repeating group's rows are not evaluated by the form, so they lock nothing.
 */
export function schemaDependencies(schema: SchemaLike): Dependency[] {
  const found: Dependency[] = []
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    if (!field || typeof field !== 'object') continue
    const f = field as Record<string, unknown>
    if (f['x-removed'] === true) continue
    for (const rule of LOCKING_RULES) {
      if (rule === 'x-formula' && f['x-type'] !== 'formula') continue
      for (const to of reads(f[rule])) found.push({ from: `custom.${key}`, to, pointer: `/properties/${key}/${rule}` })
    }
  }
  return found
}

/**
 * A section's rule hides every field in it, base fields included: each of them depends on what the
 * section's rule reads (a section shown only when one of its own fields is filled never shows).
 */
export function sectionDependencies(layout: LayoutLike): Dependency[] {
  const found: Dependency[] = []
  for (const [t, tab] of (layout.tabs ?? []).entries())
    for (const [s, section] of (tab?.sections ?? []).entries()) {
      const read = reads(section?.visibleWhen)
      for (const entry of Array.isArray(section?.fields) ? section.fields : [])
        if (typeof entry?.field === 'string')
          for (const to of read) found.push({ from: entry.field, to, pointer: `/tabs/${t}/sections/${s}/visibleWhen` })
    }
  return found
}
