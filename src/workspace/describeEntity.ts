import type { CollectionConfig } from 'payload'
import { baseFieldsOf } from '../customFields/layout/baseFields'
import type { Labels } from '../customFields/layout/types'

/** A base field as the workspace's forms and lists draw it: plain data, safe to send to the browser. */
export type EntityField = {
  name: string
  type: string
  label: Labels
  required?: boolean
  readOnly?: boolean
  options?: { value: string; label: Labels }[]
  relationTo?: string
  hasMany?: boolean
  /** A decimal amount kept as text (`fields/money.ts`). */
  money?: boolean
  /** A picklist from the tenant's dictionary of this key. */
  dictionary?: string
  /** Whole numbers only (a number field with step 1). */
  integer?: boolean
  /** A date with its time of day. */
  withTime?: boolean
  /** The line items of a quote, order or invoice (`fields/lineItems.ts`): edited by the line editor. */
  lineItems?: boolean
  /** What a new record starts with (static defaults only). */
  defaultValue?: unknown
}

export type EntityDescription = {
  slug: string
  label: { singular: Labels; plural: Labels }
  /** The field that names a record in lists, pickers and titles. */
  titleField: string
  fields: EntityField[]
}

type ConfigField = {
  name?: string
  type: string
  label?: unknown
  required?: boolean
  hasMany?: boolean
  relationTo?: unknown
  defaultValue?: unknown
  options?: unknown[]
  custom?: Record<string, unknown>
  admin?: { readOnly?: boolean; hidden?: boolean; step?: number; date?: { pickerAppearance?: string } }
  fields?: ConfigField[]
  tabs?: { name?: string; fields: ConfigField[] }[]
}

const labelsOf = (value: unknown, fallback: string): Labels =>
  value && typeof value === 'object' ? (value as Labels) : { en: typeof value === 'string' ? value : fallback }

function byName(fields: readonly ConfigField[], found = new Map<string, ConfigField>()) {
  for (const f of fields) {
    if (f.type === 'tabs') for (const tab of f.tabs ?? []) if (!tab.name) byName(tab.fields, found)
    if (f.name) found.set(f.name, f)
    else if (f.fields) byName(f.fields, found)
  }
  return found
}

const optionOf = (o: unknown) =>
  typeof o === 'string'
    ? { value: o, label: { en: o } }
    : {
        value: String((o as { value: string }).value),
        label: labelsOf((o as { label?: unknown }).label, String((o as { value: string }).value)),
      }

/**
 * What the workspace needs to know of a collection: its labels, the field that names a record, and its
 * placeable base fields with type, labels, options and relations. Computed on the server from the
 * Payload config, so the browser never needs the config itself.
 */
export function describeEntity(collection: CollectionConfig): EntityDescription {
  const fields = collection.fields as ConfigField[]
  const named = byName(fields)
  const labels = collection.labels as { singular?: unknown; plural?: unknown } | undefined
  return {
    slug: collection.slug,
    label: {
      singular: labelsOf(labels?.singular, collection.slug),
      plural: labelsOf(labels?.plural, collection.slug),
    },
    titleField: collection.admin?.useAsTitle ?? 'id',
    fields: baseFieldsOf(fields).map((base) => {
      const f = named.get(base.name) as ConfigField
      const described: EntityField = { name: base.name, type: f.type, label: labelsOf(f.label, base.name) }
      if (f.required) described.required = true
      if (f.admin?.readOnly) described.readOnly = true
      if (Array.isArray(f.options)) described.options = f.options.map(optionOf)
      if (typeof f.relationTo === 'string') described.relationTo = f.relationTo
      if (f.hasMany) described.hasMany = true
      if (f.custom?.money) described.money = true
      if (f.custom?.lineItems) described.lineItems = true
      if (typeof f.custom?.dictionary === 'string') described.dictionary = f.custom.dictionary
      if (f.type === 'number' && f.admin?.step === 1) described.integer = true
      if (f.type === 'date' && f.admin?.date?.pickerAppearance === 'dayAndTime') described.withTime = true
      if (f.defaultValue !== undefined && typeof f.defaultValue !== 'function') described.defaultValue = f.defaultValue
      return described
    }),
  }
}
