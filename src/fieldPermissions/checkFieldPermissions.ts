import type { SchemaProblem } from '../customFields/checkSchema'
import { isFieldLevel } from './levels'

/** What a role key looks like (the roles collection's `key`). */
export const ROLE_KEY = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,62}$/

/**
 * Can these base-field permissions be saved with a version? `{ "<field>": { "<roleKey>": level } }`
 * where the field is one of the entity's base fields and the level hidden, readOnly or masked. A
 * required field can only be masked: a role that cannot set it could never create a record.
 */
export function checkFieldPermissions(
  value: unknown,
  baseFields: readonly string[],
  requiredFields: readonly string[],
): SchemaProblem[] {
  if (value == null) return []
  if (typeof value !== 'object' || Array.isArray(value))
    return [{ pointer: '', message: 'Must be an object: { "<field>": { "<role key>": "hidden" | "readOnly" | "masked" } }' }]
  const problems: SchemaProblem[] = []
  for (const [field, byRole] of Object.entries(value)) {
    const at = `/${field}`
    if (!baseFields.includes(field)) {
      problems.push({ pointer: at, message: `"${field}" is not a base field of this entity (custom fields use x-permissions)` })
      continue
    }
    if (!byRole || typeof byRole !== 'object' || Array.isArray(byRole)) {
      problems.push({ pointer: at, message: 'Must map role keys to hidden, readOnly or masked' })
      continue
    }
    for (const [role, level] of Object.entries(byRole)) {
      if (!ROLE_KEY.test(role)) problems.push({ pointer: `${at}/${role}`, message: `"${role}" is not a role key` })
      else if (!isFieldLevel(level))
        problems.push({ pointer: `${at}/${role}`, message: `"${level}" is not one of hidden, readOnly, masked` })
      else if (level !== 'masked' && requiredFields.includes(field))
        problems.push({ pointer: `${at}/${role}`, message: `"${field}" is required: it can be masked, not ${level}` })
    }
  }
  return problems
}
