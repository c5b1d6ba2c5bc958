import type { JSONSchema4 } from 'json-schema'
import type { CustomSchema, FieldSchema } from '../customSchema'

/** Options of dictionary-backed selects: the tenant's active values per dictionary key. */
export type DictionaryValues = Record<string, readonly string[]>

const label = (field: FieldSchema) => {
  const l = field['x-label']
  const text = [l?.en, l?.zh].filter(Boolean).join(' / ')
  return text ? { description: text } : {}
}

const FORMULA_RESULTS: Record<string, JSONSchema4> = {
  decimal: { type: 'string', description: 'decimal string' },
  text: { type: 'string' },
  boolean: { type: 'boolean' },
  date: { type: 'string', description: 'YYYY-MM-DD' },
}

function options(field: FieldSchema, dictionaries: DictionaryValues): string[] | undefined {
  const dictionary = field['x-dictionary']
  if (dictionary) return dictionaries[dictionary] ? [...dictionaries[dictionary]] : undefined
  const values = field.enum ?? field.items?.enum
  return Array.isArray(values) ? (values as string[]) : undefined
}

/** One field as the plain JSON Schema json-schema-to-typescript understands, typed as the API sends it. */
function fieldType(field: FieldSchema, dictionaries: DictionaryValues): JSONSchema4 {
  switch (field['x-type']) {
    case 'integer':
    case 'rating':
      return { type: 'integer' }
    case 'decimal':
    case 'currency':
    case 'percent':
      // Exact values travel as decimal strings ("1500.00"), never as floats.
      return { type: 'string', description: 'decimal string' }
    case 'date':
      return { type: 'string', description: 'YYYY-MM-DD' }
    case 'dateTime':
      return { type: 'string', description: 'ISO 8601 date-time with offset' }
    case 'boolean':
      return { type: 'boolean' }
    case 'select': {
      const values = options(field, dictionaries)
      return values && values.length > 0 ? { type: 'string', enum: values } : { type: 'string' }
    }
    case 'multiSelect': {
      const values = options(field, dictionaries)
      return { type: 'array', items: values && values.length > 0 ? { type: 'string', enum: values } : { type: 'string' } }
    }
    case 'lookup':
    case 'file':
      return { tsType: 'number | string', description: `id of a record of ${field['x-relationTo']}` }
    case 'address':
      return {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(['province', 'city', 'district', 'street'].map((k) => [k, { type: 'string' }])),
      }
    case 'formula':
      return FORMULA_RESULTS[String(field['x-resultType'] ?? 'decimal')] ?? { type: 'string' }
    case 'group':
      return { type: 'array', items: objectType(field.items?.properties ?? {}, field.items?.required ?? [], dictionaries) }
    default:
      return { type: 'string' }
  }
}

function objectType(
  properties: Record<string, FieldSchema>,
  required: readonly string[],
  dictionaries: DictionaryValues,
): JSONSchema4 {
  const kept = Object.entries(properties).filter(([, field]) => !field['x-removed'])
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(kept.map(([key, field]) => [key, { ...fieldType(field, dictionaries), ...label(field) }])),
    required: required.filter((key) => kept.some(([k]) => k === key)),
  }
}

/** Keys the server fills and clients only read: formulas and auto numbers. */
export const readOnlyKeys = (schema: CustomSchema) =>
  Object.entries(schema.properties)
    .filter(([, f]) => !f['x-removed'] && (f['x-type'] === 'formula' || f['x-type'] === 'autoNumber'))
    .map(([key]) => key)

/**
 * The JSON Schema of an entity's `custom` object as TypeScript should see it: Formwork's types mapped
 * to what the API sends (decimals as strings, lookups as ids, selects as unions of their options),
 * removed fields left out.
 */
export const typesSchema = (schema: CustomSchema, dictionaries: DictionaryValues = {}): JSONSchema4 =>
  objectType(schema.properties ?? {}, schema.required ?? [], dictionaries)
