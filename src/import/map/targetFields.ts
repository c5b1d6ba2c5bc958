import type { Field, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { FieldSchema } from '../../customFields/customSchema'
import { publishedSchema } from '../../customFields/publishedSchema'
import type { Label } from '../../i18n/label'

export type TargetKind =
  | 'text'
  | 'number'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'date'
  | 'dateTime'
  | 'boolean'
  | 'select'
  | 'multiSelect'
  | 'lookup'

/** A field a column can be mapped to: a base field (`name`) or a custom one (`custom.<key>`). */
export type TargetField = {
  path: string
  label: Label
  kind: TargetKind
  required: boolean
  /** The server fills it when the file leaves it empty. */
  hasDefault?: boolean
  options?: { value: string; label: Label }[]
  dictionary?: string
  /** For lookups: the collection the value names a record of. */
  relationTo?: string
}

/** Fields the server fills or that are not data a file carries. */
const SKIPPED = new Set(['tenant', 'custom', 'deletedAt', 'mergedInto', 'lastFollowUpAt', 'stage', 'number'])

const asLabel = (value: unknown, fallback: string): Label => {
  if (value && typeof value === 'object') {
    const l = value as Partial<Label>
    return { en: l.en ?? l.zh ?? fallback, zh: l.zh ?? l.en ?? fallback }
  }
  return typeof value === 'string' ? { en: value, zh: value } : { en: fallback, zh: fallback }
}

function baseField(field: Field): TargetField | null {
  if (!('name' in field) || SKIPPED.has(field.name)) return null
  const admin = (field as { admin?: { readOnly?: boolean; hidden?: boolean } }).admin
  if (admin?.readOnly || admin?.hidden || (field as { hidden?: boolean }).hidden || (field as { virtual?: unknown }).virtual)
    return null
  const common = {
    path: field.name,
    label: asLabel((field as { label?: unknown }).label, field.name),
    required: Boolean((field as { required?: boolean }).required),
    hasDefault: (field as { defaultValue?: unknown }).defaultValue !== undefined,
  }
  const custom = (field as { custom?: Record<string, unknown> }).custom ?? {}
  switch (field.type) {
    case 'text':
      if (custom.money) return { ...common, kind: 'money' }
      if (custom.dictionary)
        return { ...common, kind: field.hasMany ? 'multiSelect' : 'select', dictionary: String(custom.dictionary) }
      return field.hasMany ? null : { ...common, kind: 'text' }
    case 'textarea':
    case 'email':
      return { ...common, kind: 'text' }
    case 'number':
      return field.hasMany ? null : { ...common, kind: 'number' }
    case 'checkbox':
      return { ...common, kind: 'boolean' }
    case 'date':
      return { ...common, kind: 'date' }
    case 'select':
      return {
        ...common,
        kind: field.hasMany ? 'multiSelect' : 'select',
        options: field.options.map((o) =>
          typeof o === 'string' ? { value: o, label: { en: o, zh: o } } : { value: o.value, label: asLabel(o.label, o.value) },
        ),
      }
    case 'relationship':
      if (field.hasMany || Array.isArray(field.relationTo)) return null
      return { ...common, kind: 'lookup', relationTo: field.relationTo }
    default:
      return null
  }
}

/** Base fields in order, rows, collapsibles and unnamed tabs flattened (named groups hold structure a column cannot). */
function walk(fields: Field[], out: TargetField[]) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') walk(field.fields, out)
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) if (!('name' in tab && tab.name)) walk(tab.fields, out)
    } else {
      const target = baseField(field)
      if (target) out.push(target)
    }
  }
}

const CUSTOM_KINDS: Partial<Record<string, TargetKind>> = {
  text: 'text',
  longText: 'text',
  email: 'text',
  phone: 'text',
  url: 'text',
  integer: 'integer',
  rating: 'integer',
  decimal: 'decimal',
  percent: 'decimal',
  currency: 'money',
  date: 'date',
  dateTime: 'dateTime',
  boolean: 'boolean',
  select: 'select',
  multiSelect: 'multiSelect',
  lookup: 'lookup',
}

function customField(key: string, field: FieldSchema, required: boolean): TargetField | null {
  const kind = CUSTOM_KINDS[field['x-type']]
  if (!kind || field['x-removed'] || field.readOnly) return null
  return {
    path: `custom.${key}`,
    label: asLabel(field['x-label'], key),
    kind,
    required,
    options: field['x-options']?.map((o) => ({ value: o.value, label: asLabel(o.label, o.value) })),
    dictionary: field['x-dictionary'],
    relationTo: field['x-relationTo'],
  }
}

/** Every field of a collection a column can be mapped to, custom fields of the tenant's published schema included. */
export async function targetFields(req: PayloadRequest, collection: string, tenant: Id): Promise<TargetField[]> {
  const out: TargetField[] = []
  walk(req.payload.collections[collection].config.fields, out)
  const { schema } = await publishedSchema(req, tenant, collection)
  const required = new Set(schema.required ?? [])
  for (const [key, field] of Object.entries(schema.properties)) {
    const target = customField(key, field, required.has(key))
    if (target) out.push(target)
  }
  return out
}
