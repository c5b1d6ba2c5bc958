import type { DesignerDoc } from './document'

/**
 * A reason a design cannot be saved, published or imported, and where: the part of the version
 * (`schema`, `layout`, `listViews`, or '' for the whole file) and a JSON pointer inside it.
 */
export type DesignProblem = { part: string; pointer: string; message: string }

/** What a problem points at in the designer: a field to select, a section, a list view, or nothing. */
export type ProblemPlace =
  | { kind: 'field'; field: string }
  | { kind: 'section'; id: string }
  | { kind: 'view'; id: string }
  | { kind: 'none' }

const segments = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))

/** The field, section or list view a problem is about, in this document (what the admin can click). */
export function placeOf(doc: DesignerDoc, problem: Pick<DesignProblem, 'part' | 'pointer'>): ProblemPlace {
  const at = segments(problem.pointer)
  if (problem.part === 'schema' && at[0] === 'properties' && at[1]) return { kind: 'field', field: `custom.${at[1]}` }
  if (problem.part === 'schema' && at[0] === 'required' && at[1] !== undefined) {
    const key = doc.schema.required?.[Number(at[1])]
    if (key && Object.hasOwn(doc.schema.properties, key)) return { kind: 'field', field: `custom.${key}` }
  }
  if (problem.part === 'layout' && at[0] === 'tabs' && at[2] === 'sections' && at[3] !== undefined) {
    const section = doc.layout.tabs[Number(at[1])]?.sections[Number(at[3])]
    if (!section) return { kind: 'none' }
    const entry = at[4] === 'fields' && at[5] !== undefined ? section.fields[Number(at[5])] : undefined
    // A field that does not exist cannot be selected: its section can.
    if (entry && (!entry.field.startsWith('custom.') || Object.hasOwn(doc.schema.properties, entry.field.slice(7))))
      return { kind: 'field', field: entry.field }
    return { kind: 'section', id: section.id }
  }
  if (problem.part === 'listViews' && at[0] === 'views' && at[1] !== undefined) {
    const view = doc.listViews.views[Number(at[1])]
    if (view) return { kind: 'view', id: view.id }
  }
  return { kind: 'none' }
}

/**
 * The server's refusal of a save or publish (Payload's ValidationError entries `{ path, message }`,
 * where the message starts with the pointer, as the version checks write them) as design problems.
 * Anything else (a 409, a permission error) is a problem of no particular place.
 */
export function problemsFromServer(errors: readonly { path?: string; message?: string }[]): DesignProblem[] {
  return errors.map((e) => {
    const message = String(e.message ?? '')
    const part = e.path ?? ''
    const match = /^(\/[^:\s]*): (.*)$/s.exec(message)
    if (!match || !['schema', 'layout', 'listViews', 'fieldPermissions'].includes(part)) return { part, pointer: '', message }
    return { part, pointer: match[1] === '/' ? '' : match[1], message: match[2] }
  })
}
