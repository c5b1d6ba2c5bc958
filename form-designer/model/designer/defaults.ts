import { defaultProblem } from '../../../src/customFields/checkDefaults'
import type { FieldSchema } from '../../../src/customFields/customSchema'
import type { FieldType } from '../../../src/customFields/fieldTypes'
import { say } from '../../../src/customFields/messages'
import type { DesignerDoc } from './document'
import { updateField } from './fieldActions'

/**
 * Types whose value an admin can fix in advance. Computed fields fill themselves; a record id, an
 * address, a sub-table or an instant are specific to each record, so a shared default means nothing.
 */
const NO_DEFAULT = new Set<FieldType>(['formula', 'autoNumber', 'lookup', 'file', 'address', 'group', 'dateTime'])

export const takesDefault = (type: FieldType) => !NO_DEFAULT.has(type)

/**
 * Sets a custom field's default (undefined, an empty text or an empty list clears it). The value is
 * kept even when the field would refuse it — a tightened limit must not silently erase what the admin
 * chose — and `defaultValueProblem` says what is wrong; the server refuses to save it until fixed.
 */
export function setDefault(doc: DesignerDoc, key: string, value: unknown): DesignerDoc {
  const field = doc.schema.properties[key]
  if (!field || !takesDefault(field['x-type'])) return doc
  const cleared = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  return updateField(doc, key, { default: cleared ? undefined : value })
}

/**
 * Why the field would refuse its default, in the admin's language, or null: its own schema decides
 * (type, length, pattern, range, decimal places, options), and for a dictionary field the dictionary's
 * active values when the caller has them.
 */
export function defaultValueProblem(
  key: string,
  field: FieldSchema,
  language: 'en' | 'zh',
  dictionaryValues?: ReadonlySet<string>,
): string | null {
  const problem = defaultProblem(key, field, language)
  if (problem || field.default === undefined || !field['x-dictionary'] || !dictionaryValues) return problem
  const bad = (Array.isArray(field.default) ? field.default : [field.default]).filter((v) => !dictionaryValues.has(String(v)))
  return bad.length > 0
    ? say(language, 'dictionaryValue', { value: bad.join(', '), dictionary: field['x-dictionary'], key })
    : null
}
