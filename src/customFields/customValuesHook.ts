import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { compute, holds, parsedRule } from '../../form-designer/model/rules'
import { idOf } from '../access/types'
import { toLanguage } from '../i18n'
import { checkDictionaryValues } from './checkDictionaryValues'
import { checkLookups } from './checkLookups'
import type { CustomSchema } from './customSchema'
import { mergeCustom } from './mergeCustom'
import { say } from './messages'
import { publishedSchema } from './publishedSchema'
import { type CustomError, validateValues } from './validateValues'

const isEmptyValue = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)

/** Conditional rules of the schema, applied to the record as it will be stored. */
function ruleErrors(
  schema: CustomSchema,
  record: Record<string, unknown>,
  stored: Record<string, unknown>,
  touched: Set<string>,
  language: 'en' | 'zh',
) {
  const errors: CustomError[] = []
  const custom = record.custom as Record<string, unknown>
  for (const [key, field] of Object.entries(schema.properties)) {
    if (field['x-removed']) continue
    if (field['x-requiredWhen'] && isEmptyValue(custom[key]) && holds(parsedRule(field['x-requiredWhen']), record))
      errors.push({ path: `custom.${key}`, message: say(language, 'required') })
    if (field['x-readOnlyWhen'] && touched.has(key) && holds(parsedRule(field['x-readOnlyWhen']), { ...record, custom: stored }))
      errors.push({ path: `custom.${key}`, message: say(language, 'readOnly') })
  }
  return errors
}

/** Formulas are the server's: computed from the record as it will be stored, whatever the client sent. */
function computeFormulas(schema: CustomSchema, record: Record<string, unknown>) {
  const custom = record.custom as Record<string, unknown>
  for (const [key, field] of Object.entries(schema.properties)) {
    if (field['x-type'] !== 'formula' || field['x-removed']) continue
    const value = compute(parsedRule(String(field['x-formula'])), record)
    if (value == null) delete custom[key]
    else custom[key] = value
  }
}

/**
 * Every write of a business record: merge `custom` by key, validate it against the tenant's published
 * schema for the entity (ajv, compiled once per version), apply the conditional rules, check lookups
 * stay in the tenant, compute formulas. Errors are one ValidationError naming each `custom.<key>`.
 */
export const customValuesHook: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  // Only the custom-field benchmark switches the layer off (Local API context, unreachable from outside).
  if (req.context.customFieldLayer === 'off') return data
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenant == null) return data
  const stored = (originalDoc?.custom ?? {}) as Record<string, unknown>
  const sentNothing = operation === 'update' && data.custom === undefined
  const { values, touched } = mergeCustom(operation === 'create' ? {} : stored, data.custom)
  if (sentNothing && touched.size === 0 && Object.keys(values).length === 0) return data
  const language = toLanguage(req.i18n?.language)
  const { schema } = await publishedSchema(req, tenant, collection.slug)
  const onlyKeys = operation === 'create' ? undefined : touched
  const errors = validateValues(schema, values, language, onlyKeys)
  if (errors.length === 0) {
    const record = { ...originalDoc, ...data, custom: values }
    errors.push(...ruleErrors(schema, record, stored, touched, language))
    errors.push(...(await checkLookups(req, schema, values, tenant, onlyKeys, language)))
    errors.push(...(await checkDictionaryValues(req, schema, values, stored, tenant, onlyKeys, language)))
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  const plain = { ...values }
  data.custom = plain
  computeFormulas(schema, { ...originalDoc, ...data })
  return data
}
