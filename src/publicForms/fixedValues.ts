import type { FieldSchema } from '../customFields/customSchema'
import type { EntityField } from '../workspace/describeEntity'
import type { PublicFormMessage } from './messages'

/** A fixed value as the admin typed it (text), turned into what the field stores, or why it cannot be. */
export type Coerced = { value: unknown } | { problem: PublicFormMessage; vars?: Record<string, string> }

const JSON_CUSTOM = new Set(['multiSelect', 'address', 'group'])
const NUMBER_CUSTOM = new Set(['integer', 'rating'])

const yesNo = (raw: string): Coerced => {
  const v = raw.trim().toLowerCase()
  if (['true', 'yes', '1', '是'].includes(v)) return { value: true }
  if (['false', 'no', '0', '否'].includes(v)) return { value: false }
  return { problem: 'notYesNo' }
}

const number = (raw: string): Coerced =>
  /^-?\d+(\.\d+)?$/.test(raw.trim()) ? { value: Number(raw.trim()) } : { problem: 'notANumber', vars: { value: raw } }

const json = (raw: string): Coerced => {
  try {
    return { value: JSON.parse(raw) }
  } catch {
    return { problem: 'notJson' }
  }
}

/** A relation's id as the adapter stores it: numbers on SQL, strings on MongoDB. */
const relationId = (raw: string, idType: 'number' | 'text'): Coerced =>
  idType === 'number' ? number(raw) : { value: raw.trim() }

/**
 * The stored value of a base field's fixed value, by the field's kind: options must be options,
 * numbers numbers, yes/no a boolean, several values a JSON list, a relation an id. Whether a relation
 * stays inside the tenant, or a dictionary value exists, is checked by the caller with the tenant at hand.
 */
export function coerceBaseValue(field: EntityField, raw: string, idType: 'number' | 'text'): Coerced {
  if (field.hasMany) return json(raw)
  if (field.relationTo) return relationId(raw, idType)
  if (field.options && !field.options.some((o) => o.value === raw.trim())) return { problem: 'notAnOption', vars: { value: raw } }
  switch (field.type) {
    case 'number':
      return number(raw)
    case 'checkbox':
      return yesNo(raw)
    default:
      return { value: field.options ? raw.trim() : raw }
  }
}

/** The stored value of a custom field's fixed value; the engine's validation then checks it like any write. */
export function coerceCustomValue(schema: FieldSchema, raw: string, idType: 'number' | 'text'): Coerced {
  const type = schema['x-type']
  if (type === 'boolean') return yesNo(raw)
  if (NUMBER_CUSTOM.has(type)) return number(raw)
  if (JSON_CUSTOM.has(type)) return json(raw)
  if (type === 'lookup') return relationId(raw, idType)
  return { value: raw }
}
