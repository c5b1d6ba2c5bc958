import type { CustomSchema } from '../../../src/customFields/customSchema'
import type { Labels } from '../../../src/customFields/layout/types'
import type { BaseFieldInput, Option } from '../form'
import type { QuickKind } from './listQuery'

/** How a list shows and filters a field: its label, kind, and the options of a choice. */
export type ListField = {
  field: string
  label: string
  kind: 'text' | 'number' | 'money' | 'date' | 'dateTime' | 'boolean' | 'choice' | 'multiChoice' | 'relation' | 'other'
  options?: Option[]
  relationTo?: string
  sortable: boolean
}

const pick = (labels: Labels | undefined, language: 'en' | 'zh') =>
  labels?.[language] ?? labels?.[language === 'zh' ? 'en' : 'zh']

const BASE_KINDS: Record<string, ListField['kind']> = {
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  number: 'number',
  date: 'date',
  checkbox: 'boolean',
  select: 'choice',
  radio: 'choice',
  relationship: 'relation',
}
const CUSTOM_KINDS: Record<string, ListField['kind']> = {
  text: 'text',
  longText: 'text',
  email: 'text',
  phone: 'text',
  url: 'text',
  autoNumber: 'text',
  integer: 'number',
  rating: 'number',
  decimal: 'money',
  currency: 'money',
  percent: 'money',
  date: 'date',
  dateTime: 'dateTime',
  boolean: 'boolean',
  select: 'choice',
  multiSelect: 'multiChoice',
  lookup: 'relation',
}
/** Custom types with a slot column: the ones lists can sort and range-filter (see customFields/slots). */
const SORTABLE_CUSTOM = new Set([
  'text',
  'email',
  'phone',
  'url',
  'autoNumber',
  'integer',
  'rating',
  'decimal',
  'currency',
  'percent',
  'date',
  'dateTime',
  'boolean',
  'select',
  'lookup',
])

/**
 * The fields a list can show, sort and filter by, base and custom, keyed as queries name them
 * (`name`, `custom.tier`), in the viewer's language.
 */
export function listFields(
  base: readonly BaseFieldInput[],
  schema: CustomSchema,
  language: 'en' | 'zh',
  dictionaryOptions: (key: string) => Option[] = () => [],
): Map<string, ListField> {
  const fields = new Map<string, ListField>()
  for (const b of base) {
    const options = b.dictionary
      ? dictionaryOptions(b.dictionary)
      : b.options?.map((o) => ({ value: o.value, label: pick(o.label, language) ?? o.value }))
    let kind = b.money ? 'money' : (BASE_KINDS[b.type] ?? 'other')
    if (options) kind = b.hasMany ? 'multiChoice' : 'choice'
    if (b.type === 'date' && b.withTime) kind = 'dateTime'
    fields.set(b.name, {
      field: b.name,
      label: pick(b.label, language) ?? b.name,
      kind,
      options,
      relationTo: b.relationTo,
      sortable: !b.hasMany && kind !== 'other' && kind !== 'multiChoice',
    })
  }
  for (const [field, en, zh] of [
    ['createdAt', 'Created', '创建时间'],
    ['updatedAt', 'Updated', '更新时间'],
  ])
    fields.set(field, { field, label: language === 'zh' ? zh : en, kind: 'dateTime', sortable: true })
  for (const [key, f] of Object.entries(schema.properties)) {
    if (f['x-removed']) continue
    const options = f['x-dictionary']
      ? dictionaryOptions(f['x-dictionary'])
      : f['x-options']?.map((o) => ({ value: o.value, label: pick(o.label, language) ?? o.value }))
    fields.set(`custom.${key}`, {
      field: `custom.${key}`,
      label: pick(f['x-label'], language) ?? key,
      kind: CUSTOM_KINDS[f['x-type']] ?? 'other',
      options,
      relationTo: f['x-relationTo'] as string | undefined,
      sortable: SORTABLE_CUSTOM.has(f['x-type']),
    })
  }
  return fields
}

/** How a quick filter asks for a value: a choice list, a range, or text to search. */
export function quickKindOf(field: ListField | undefined): QuickKind {
  if (!field) return 'text'
  if (field.kind === 'choice' || field.kind === 'boolean' || field.kind === 'multiChoice') return 'choice'
  if (field.kind === 'number' || field.kind === 'money' || field.kind === 'date' || field.kind === 'dateTime') return 'range'
  return 'text'
}
