import { ROLE_KEY } from '../../../src/fieldPermissions/checkFieldPermissions'
import { FIELD_LEVELS, type FieldLevel, isFieldLevel } from '../../../src/fieldPermissions/levels'
import type { DesignerDoc } from './document'
import { updateField } from './fieldActions'

type ByRole = Record<string, FieldLevel>

/** How each role meets a field (`custom.<key>` or a base field's name); roles not listed see it plainly. */
export function permissionsOf(doc: DesignerDoc, field: string): Readonly<ByRole> {
  if (field.startsWith('custom.')) return doc.schema.properties[field.slice(7)]?.['x-permissions'] ?? {}
  return doc.fieldPermissions?.[field] ?? {}
}

/**
 * The levels a role may be given on a field. A base field the collection requires can only be masked:
 * a role that could not set it could never create a record (the server refuses the others too).
 */
export function levelsFor(doc: DesignerDoc, field: string): readonly FieldLevel[] {
  return !field.startsWith('custom.') && doc.requiredBaseFields?.includes(field) ? ['masked'] : FIELD_LEVELS
}

const withLevel = (byRole: Readonly<ByRole>, role: string, level: FieldLevel | undefined): ByRole => {
  const next = { ...byRole }
  if (level) next[role] = level
  else delete next[role]
  return next
}

/**
 * Sets how one role meets one field — hidden, read-only or masked — or lifts the restriction
 * (undefined). Custom fields keep it in their schema (`x-permissions`), base fields in the version's
 * `fieldPermissions`; an empty map leaves no trace. An unknown field, a malformed role key or a level
 * the field cannot take changes nothing.
 */
export function setPermission(doc: DesignerDoc, field: string, role: string, level: FieldLevel | undefined): DesignerDoc {
  if (!ROLE_KEY.test(role) || (level !== undefined && !isFieldLevel(level))) return doc
  if (level !== undefined && !levelsFor(doc, field).includes(level)) return doc
  const current = permissionsOf(doc, field)
  if (current[role] === level) return doc
  const next = withLevel(current, role, level)
  const empty = Object.keys(next).length === 0
  if (field.startsWith('custom.')) {
    const key = field.slice(7)
    if (!doc.schema.properties[key]) return doc
    return updateField(doc, key, { 'x-permissions': empty ? undefined : next })
  }
  const fieldPermissions = { ...doc.fieldPermissions }
  if (empty) delete fieldPermissions[field]
  else fieldPermissions[field] = next
  return { ...doc, fieldPermissions }
}
