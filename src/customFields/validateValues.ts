import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Language } from '../i18n/language'
import { createAjv } from './ajv'
import type { CustomSchema, FieldSchema } from './customSchema'
import { LIMITS } from './fieldTypes'
import { type MessageKey, say } from './messages'

export type CustomError = { path: string; message: string }

const DECIMAL_TYPES = new Set(['decimal', 'currency', 'percent'])
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/** The schema ajv checks: removed fields accept what they hold, computed fields are the server's to fill. */
function validationSchema(schema: CustomSchema): object {
  const properties: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(schema.properties))
    properties[key] = field['x-removed'] || field['x-type'] === 'formula' || field['x-type'] === 'autoNumber' ? true : field
  return { ...schema, properties }
}

const ajv = createAjv()
const compiled = new WeakMap<CustomSchema, ValidateFunction>()

/** Compiled once per schema object (a published version is one object, cached by its loader). */
export function validatorFor(schema: CustomSchema): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    const derived = validationSchema(schema)
    validate = ajv.compile(derived)
    ajv.removeSchema(derived) // ajv's own cache would keep every version alive; ours is weak
    compiled.set(schema, validate)
  }
  return validate
}

/** Numbers sent for decimal fields become their exact decimal text (19.99 → "19.99"), at any depth. */
export function normalizeValues(schema: { properties?: Record<string, FieldSchema> }, values: Record<string, unknown>) {
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const value = values[key]
    if (typeof value === 'number' && DECIMAL_TYPES.has(field['x-type']) && Number.isFinite(value)) values[key] = String(value)
    if (field['x-type'] === 'group' && Array.isArray(value))
      for (const row of value)
        if (row && typeof row === 'object') normalizeValues(field.items as { properties?: Record<string, FieldSchema> }, row)
  }
}

function forbiddenKey(value: unknown, path: string): CustomError | null {
  if (!value || typeof value !== 'object') return null
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) return { path: `${path}.${key}`, message: key }
    const found = forbiddenKey((value as Record<string, unknown>)[key], `${path}.${key}`)
    if (found) return found
  }
  return null
}

function toError(error: ErrorObject, language: Language): CustomError {
  const base = `custom${error.instancePath.replaceAll('/', '.')}`
  const params = error.params as Record<string, unknown>
  const message = (key: MessageKey, vars: Record<string, unknown> = {}) => say(language, key, vars)
  switch (error.keyword) {
    case 'required':
      return { path: `${base}.${params.missingProperty}`, message: message('required') }
    case 'additionalProperties':
      return {
        path: `${base}.${params.additionalProperty}`,
        message: message('unknownField', { key: params.additionalProperty }),
      }
    case 'type': {
      const expected = String(params.type).split(',')[0] as 'string'
      return { path: base, message: message('type', { expected: say(language, `expected.${expected}` as MessageKey) }) }
    }
    case 'format':
      return { path: base, message: message(`format.${params.format}` as MessageKey) }
    case 'x-decimal':
      return { path: base, message: message(`decimal.${params.problem}` as MessageKey, { limit: params.limit }) }
    case 'enum':
    case 'pattern':
    case 'uniqueItems':
      return { path: base, message: message(error.keyword) }
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
      return { path: base, message: message(error.keyword, { limit: params.limit }) }
    default:
      return { path: base, message: message('invalid') }
  }
}

/**
 * Check custom values against a schema; returns one error per path (the first found), each with its
 * `custom.<key>` path and a message in the user's language. `onlyKeys` limits the report to the fields
 * a write touched, so values stored before a constraint tightened don't block unrelated edits.
 */
export function validateValues(schema: CustomSchema, values: unknown, language: Language, onlyKeys?: Set<string>): CustomError[] {
  if (values == null) return []
  if (typeof values !== 'object' || Array.isArray(values))
    return [{ path: 'custom', message: say(language, 'type', { expected: say(language, 'expected.object') }) }]
  const forbidden = forbiddenKey(values, 'custom')
  if (forbidden) return [{ path: forbidden.path, message: say(language, 'forbiddenKey', { key: forbidden.message }) }]
  if (new TextEncoder().encode(JSON.stringify(values)).length > LIMITS.totalBytes)
    return [{ path: 'custom', message: say(language, 'tooLarge', { limit: LIMITS.totalBytes / 1024 }) }]
  normalizeValues(schema, values as Record<string, unknown>)
  const validate = validatorFor(schema)
  if (validate(values)) return []
  const errors = new Map<string, CustomError>()
  for (const error of validate.errors ?? []) {
    const mapped = toError(error, language)
    const key = mapped.path.split('.')[1]
    if (onlyKeys && !onlyKeys.has(key)) continue
    if (!errors.has(mapped.path)) errors.set(mapped.path, mapped)
  }
  return [...errors.values()]
}
