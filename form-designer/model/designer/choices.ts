import type { FieldSchema } from '../../../src/customFields/customSchema'
import type { Labels } from '../../../src/customFields/layout/types'
import type { DesignerDoc } from './document'
import { updateField } from './fieldActions'

export type ChoiceOption = { value: string; label: Labels }

const isChoice = (field: FieldSchema | undefined): field is FieldSchema =>
  field?.['x-type'] === 'select' || field?.['x-type'] === 'multiSelect'

/**
 * Gives a select or multi-select its own options (a dictionary it drew from is dropped): the labels in
 * `x-options`, the values as the `enum` ajv checks — on the field for a select, on its items for a
 * multi-select.
 */
export function setOptions(doc: DesignerDoc, key: string, options: readonly ChoiceOption[]): DesignerDoc {
  const field = doc.schema.properties[key]
  if (!isChoice(field)) return doc
  const values = options.map((o) => o.value)
  const list = options.map((o) => ({ value: o.value, label: { ...o.label } }))
  return updateField(
    doc,
    key,
    field['x-type'] === 'multiSelect'
      ? { 'x-options': list, items: { ...field.items, type: 'string', enum: values }, 'x-dictionary': undefined }
      : { 'x-options': list, enum: values, 'x-dictionary': undefined },
  )
}

/**
 * Makes a select or multi-select draw its options from one of the tenant's dictionaries: its own
 * options go (undo brings them back) and the server checks values against the dictionary's active
 * entries instead of an enum.
 */
export function setDictionary(doc: DesignerDoc, key: string, dictionary: string): DesignerDoc {
  const field = doc.schema.properties[key]
  if (!isChoice(field) || dictionary.trim() === '') return doc
  if (field['x-type'] === 'multiSelect') {
    const { enum: _values, ...items } = field.items ?? {}
    return updateField(doc, key, { 'x-dictionary': dictionary, 'x-options': undefined, items: { ...items, type: 'string' } })
  }
  return updateField(doc, key, { 'x-dictionary': dictionary, 'x-options': undefined, enum: undefined })
}

/** What keeps options from being published: none at all, an empty value, or two sharing one. */
export function optionsProblem(options: readonly ChoiceOption[]): 'none' | 'emptyValue' | 'duplicateValue' | null {
  if (options.length === 0) return 'none'
  if (options.some((o) => o.value.trim() === '')) return 'emptyValue'
  return new Set(options.map((o) => o.value)).size === options.length ? null : 'duplicateValue'
}
