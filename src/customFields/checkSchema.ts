import { checkRule } from '../../form-designer/model/rules'
import { createAjv } from './ajv'
import { DRAFT_2020_12 } from './customSchema'
import { allowedKeywords, FIELD_KEY, isFieldType, LIMITS, RESERVED_KEYS, TYPE_RULES } from './fieldTypes'

/** Why a schema cannot be published, and where: a JSON pointer into the schema. */
export type SchemaProblem = { pointer: string; message: string }

type Context = {
  /** Collections a lookup may point to (business collections of the same tenant). */
  lookupTargets: readonly string[]
  /** Base fields of the entity, which rules and formulas may read besides custom ones. */
  baseFields: readonly string[]
}

const ROOT_KEYWORDS = new Set(['$schema', 'type', 'properties', 'required', 'additionalProperties', 'title', 'description'])
const RULE_KEYWORDS = ['x-visibleWhen', 'x-requiredWhen', 'x-readOnlyWhen'] as const
const PERMISSIONS = new Set(['hidden', 'readOnly', 'masked'])
const ajv = createAjv()

function checkField(
  key: string,
  field: unknown,
  pointer: string,
  context: Context,
  known: (path: string) => boolean,
  nested: boolean,
) {
  const problems: SchemaProblem[] = []
  const at = (suffix: string, message: string) => problems.push({ pointer: `${pointer}${suffix}`, message })
  if (!FIELD_KEY.test(key) || RESERVED_KEYS.has(key))
    at('', `"${key}" is not a usable key: start with a lower-case letter; letters, digits and _ only; at most 63 characters`)
  if (!field || typeof field !== 'object' || Array.isArray(field)) {
    at('', 'A field must be an object')
    return problems
  }
  const f = field as Record<string, unknown>
  const type = f['x-type']
  if (!isFieldType(type)) {
    at('/x-type', `Unknown field type ${JSON.stringify(type)}`)
    return problems
  }
  const allowed = allowedKeywords(type)
  for (const keyword of Object.keys(f))
    if (!allowed.has(keyword)) at(`/${keyword}`, `"${keyword}" is not supported for a ${type} field`)
  const label = f['x-label'] as { en?: unknown; zh?: unknown } | undefined
  if (label !== undefined && (typeof label !== 'object' || (typeof label.en !== 'string' && typeof label.zh !== 'string')))
    at('/x-label', 'A label needs an English or a Chinese text')
  if ((type === 'select' || type === 'multiSelect') && !f['x-dictionary']) {
    const values = type === 'select' ? f.enum : (f.items as { enum?: unknown })?.enum
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string' && v.length > 0))
      at(type === 'select' ? '/enum' : '/items/enum', 'A select field needs options (non-empty texts) or a dictionary')
    else if (new Set(values).size !== values.length) at(type === 'select' ? '/enum' : '/items/enum', 'Two options share a value')
  }
  if ((type === 'lookup' || type === 'file') && !context.lookupTargets.includes(String(f['x-relationTo'])))
    at('/x-relationTo', `A ${type} must point to one of: ${context.lookupTargets.join(', ')}`)
  if (type === 'group') {
    if (nested) at('', 'A group cannot contain another group')
    const items = f.items as { properties?: Record<string, unknown> } | undefined
    for (const [childKey, child] of Object.entries(items?.properties ?? {}))
      problems.push(...checkField(childKey, child, `${pointer}/items/properties/${childKey}`, context, known, true))
  }
  if (type === 'formula') {
    const result = checkRule(String(f['x-formula'] ?? ''), known)
    if ('problem' in result) at('/x-formula', result.problem.message)
  }
  for (const keyword of RULE_KEYWORDS) {
    if (f[keyword] === undefined) continue
    const result = checkRule(String(f[keyword]), known)
    if ('problem' in result) at(`/${keyword}`, result.problem.message)
  }
  // Only single comparable values (the types with a slot kind) can be unique.
  if (f['x-unique'] !== undefined && (typeof f['x-unique'] !== 'boolean' || (f['x-unique'] && TYPE_RULES[type].slot === null)))
    at('/x-unique', `Only a single value can be unique: not a ${type} field`)
  const permissions = f['x-permissions']
  if (permissions !== undefined) {
    if (!permissions || typeof permissions !== 'object')
      at('/x-permissions', 'Permissions map role keys to hidden, readOnly or masked')
    else
      for (const [role, level] of Object.entries(permissions))
        if (!PERMISSIONS.has(String(level))) at(`/x-permissions/${role}`, `"${level}" is not one of hidden, readOnly, masked`)
  }
  return problems
}

/**
 * Can this schema be published? Only the constructs the engine understands (an object of typed fields,
 * no $ref, oneOf, if/then …), valid JSON Schema 2020-12 for ajv's strict mode, keys that can become
 * slots, options, lookups, rules and formulas that refer to things that exist. Every problem is listed.
 */
export function checkSchema(schema: unknown, context: Context): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  if (!schema || typeof schema !== 'object' || Array.isArray(schema))
    return [{ pointer: '', message: 'The schema must be an object' }]
  const s = schema as Record<string, unknown>
  for (const keyword of Object.keys(s))
    if (!ROOT_KEYWORDS.has(keyword))
      problems.push({ pointer: `/${keyword}`, message: `"${keyword}" is not supported at the top of a schema` })
  if (s.$schema !== undefined && s.$schema !== DRAFT_2020_12)
    problems.push({ pointer: '/$schema', message: `Only JSON Schema draft 2020-12 (${DRAFT_2020_12})` })
  if (s.type !== 'object') problems.push({ pointer: '/type', message: 'The schema of custom values must be of type "object"' })
  if (s.additionalProperties !== false)
    problems.push({ pointer: '/additionalProperties', message: 'Must be false: values without a field are refused' })
  const properties = (s.properties ?? {}) as Record<string, unknown>
  if (typeof properties !== 'object' || Array.isArray(properties))
    return [...problems, { pointer: '/properties', message: 'Must be an object' }]
  const keys = Object.keys(properties)
  if (keys.length > LIMITS.fields) problems.push({ pointer: '/properties', message: `At most ${LIMITS.fields} fields` })
  const known = (path: string) =>
    path.startsWith('custom.') ? Object.hasOwn(properties, path.slice(7)) : context.baseFields.includes(path)
  for (const key of keys) problems.push(...checkField(key, properties[key], `/properties/${key}`, context, known, false))
  for (const [index, key] of ((s.required as unknown[]) ?? []).entries())
    if (typeof key !== 'string' || !Object.hasOwn(properties, key))
      problems.push({ pointer: `/required/${index}`, message: `"${key}" is required but is not a field` })
  if (problems.length === 0) {
    try {
      ajv.compile(s)
      ajv.removeSchema(s) // checked, not kept: admins may check many drafts
    } catch (error) {
      problems.push({ pointer: '', message: `Not valid JSON Schema: ${(error as Error).message}` })
    }
  }
  return problems
}
