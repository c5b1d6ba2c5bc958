import { checkRule } from '../../form-designer/model/rules'
import type { Language } from '../i18n/language'
import { createAjv } from './ajv'
import { DRAFT_2020_12 } from './customSchema'
import { allowedKeywords, FIELD_KEY, isFieldType, LIMITS, RESERVED_KEYS, TYPE_RULES } from './fieldTypes'
import { describeCycle, findCycles, schemaDependencies } from './ruleCycles'
import { type SchemaMessageKey, saySchema } from './schemaMessages'

/** Why a schema cannot be published, and where: a JSON pointer into the schema. */
export type SchemaProblem = { pointer: string; message: string }

type Context = {
  /** Collections a lookup may point to (business collections of the same tenant). */
  lookupTargets: readonly string[]
  /** Base fields of the entity, which rules and formulas may read besides custom ones. */
  baseFields: readonly string[]
  /** The language of the messages (English when not given). */
  language?: Language
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
  const at = (suffix: string, key: SchemaMessageKey, vars?: Record<string, unknown>) =>
    problems.push({ pointer: `${pointer}${suffix}`, message: saySchema(context.language ?? 'en', key, vars) })
  if (!FIELD_KEY.test(key) || RESERVED_KEYS.has(key)) at('', 'badKey', { key })
  if (!field || typeof field !== 'object' || Array.isArray(field)) {
    at('', 'fieldNotObject')
    return problems
  }
  const f = field as Record<string, unknown>
  const type = f['x-type']
  if (!isFieldType(type)) {
    at('/x-type', 'unknownType', { type: JSON.stringify(type) })
    return problems
  }
  const allowed = allowedKeywords(type)
  for (const keyword of Object.keys(f)) if (!allowed.has(keyword)) at(`/${keyword}`, 'keywordNotSupported', { keyword, type })
  const label = f['x-label'] as { en?: unknown; zh?: unknown } | undefined
  if (label !== undefined && (typeof label !== 'object' || (typeof label.en !== 'string' && typeof label.zh !== 'string')))
    at('/x-label', 'label')
  if ((type === 'select' || type === 'multiSelect') && !f['x-dictionary']) {
    const values = type === 'select' ? f.enum : (f.items as { enum?: unknown })?.enum
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string' && v.length > 0))
      at(type === 'select' ? '/enum' : '/items/enum', 'needsOptions')
    else if (new Set(values).size !== values.length) at(type === 'select' ? '/enum' : '/items/enum', 'sharedOption')
  }
  if ((type === 'lookup' || type === 'file') && !context.lookupTargets.includes(String(f['x-relationTo'])))
    at('/x-relationTo', 'relationTo', { type, targets: context.lookupTargets.join(', ') })
  if (type === 'group') {
    if (nested) at('', 'groupInGroup')
    const items = f.items as { properties?: Record<string, unknown> } | undefined
    for (const [childKey, child] of Object.entries(items?.properties ?? {}))
      problems.push(...checkField(childKey, child, `${pointer}/items/properties/${childKey}`, context, known, true))
  }
  if (type === 'formula') {
    const result = checkRule(String(f['x-formula'] ?? ''), known)
    if ('problem' in result) at('/x-formula', 'rule', { problem: result.problem.message })
  }
  for (const keyword of RULE_KEYWORDS) {
    if (f[keyword] === undefined) continue
    const result = checkRule(String(f[keyword]), known)
    if ('problem' in result) at(`/${keyword}`, 'rule', { problem: result.problem.message })
  }
  // Only single comparable values (the types with a slot kind) can be unique.
  if (f['x-unique'] !== undefined && (typeof f['x-unique'] !== 'boolean' || (f['x-unique'] && TYPE_RULES[type].slot === null)))
    at('/x-unique', 'uniqueSingle', { type })
  const permissions = f['x-permissions']
  if (permissions !== undefined) {
    if (!permissions || typeof permissions !== 'object') at('/x-permissions', 'permissionsShape')
    else
      for (const [role, level] of Object.entries(permissions))
        if (!PERMISSIONS.has(String(level))) at(`/x-permissions/${role}`, 'permissionLevel', { level })
  }
  return problems
}

/**
 * Can this schema be published? Only the constructs the engine understands (an object of typed fields,
 * no $ref, oneOf, if/then …), valid JSON Schema 2020-12 for ajv's strict mode, keys that can become
 * slots, options, lookups, rules and formulas that refer to things that exist and do not go round in a
 * circle (see ruleCycles). Every problem is listed, in the context's language.
 */
export function checkSchema(schema: unknown, context: Context): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  const at = (pointer: string, key: SchemaMessageKey, vars?: Record<string, unknown>) =>
    problems.push({ pointer, message: saySchema(context.language ?? 'en', key, vars) })
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    at('', 'schemaNotObject')
    return problems
  }
  const s = schema as Record<string, unknown>
  for (const keyword of Object.keys(s)) if (!ROOT_KEYWORDS.has(keyword)) at(`/${keyword}`, 'topKeyword', { keyword })
  if (s.$schema !== undefined && s.$schema !== DRAFT_2020_12) at('/$schema', 'draft', { url: DRAFT_2020_12 })
  if (s.type !== 'object') at('/type', 'objectType')
  if (s.additionalProperties !== false) at('/additionalProperties', 'closed')
  const properties = (s.properties ?? {}) as Record<string, unknown>
  if (typeof properties !== 'object' || Array.isArray(properties)) {
    at('/properties', 'propertiesObject')
    return problems
  }
  const keys = Object.keys(properties)
  if (keys.length > LIMITS.fields) at('/properties', 'tooManyFields', { limit: LIMITS.fields })
  const known = (path: string) =>
    path.startsWith('custom.') ? Object.hasOwn(properties, path.slice(7)) : context.baseFields.includes(path)
  for (const key of keys) problems.push(...checkField(key, properties[key], `/properties/${key}`, context, known, false))
  for (const [index, key] of ((s.required as unknown[]) ?? []).entries())
    if (typeof key !== 'string' || !Object.hasOwn(properties, key)) at(`/required/${index}`, 'requiredNotField', { key })
  for (const cycle of findCycles(schemaDependencies({ properties })))
    at(cycle[0].pointer, 'circular', { cycle: describeCycle(cycle) })
  if (problems.length === 0) {
    try {
      ajv.compile(s)
      ajv.removeSchema(s) // checked, not kept: admins may check many drafts
    } catch (error) {
      at('', 'notJsonSchema', { detail: (error as Error).message })
    }
  }
  return problems
}
