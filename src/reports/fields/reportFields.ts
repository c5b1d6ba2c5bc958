import type { FlattenedField, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { publishedSchema } from '../../customFields/publishedSchema'
import { kindOf } from '../../customFields/slots/assignSlots'
import { isSlot } from '../../customFields/slots/slotColumns'
import { dictionaryEntries } from '../../dictionaries/dictionaryEntries'
import { minorUnitsName } from '../../fields/money'
import type { Label } from '../../i18n/label'
import type { ChartScope } from '../../workspace/charts/chartScope'
import { snake } from '../sql/scopeSql'
import { relatedFields } from './relatedFields'

/** How a report treats a field: what it can group, add up, filter and show. */
export type FieldKind = 'text' | 'longText' | 'select' | 'number' | 'money' | 'date' | 'boolean' | 'relationship'

export type ReportField = {
  /** `amount` or `custom.region`: how definitions name it. */
  path: string
  kind: FieldKind
  /** The database column aggregates read: money's integer minor units, a custom field's slot. */
  column: string
  label: Label
  options?: { value: string; label: Label }[]
  relationTo?: string
  /**
   * A related record's field (`account.industry`): read through the entity's relationship `via.path`
   * (column `via.column`) into `via.relationTo`, where this field's own path is `via.field`; only from
   * related records the user may read (`via.scope`).
   */
  via?: {
    path: string
    column: string
    relationTo: string
    field: string
    from: string
    trash: boolean
    /** Which related records the user may read: values of the others read as empty. */
    scope: ChartScope
  }
  /** A custom field's slot (`slotText3`), a real Payload field that `where` can reach through a relationship. */
  slot?: string
  /** The path a Payload `where` uses when it differs from `path`: a related field through its relationship. */
  wherePath?: string
}

const TIMESTAMPS: Record<string, Label> = {
  createdAt: { en: 'Created', zh: '创建时间' },
  updatedAt: { en: 'Updated', zh: '更新时间' },
}
const SKIPPED = new Set(['tenant', 'custom', 'deletedAt', 'id'])

const labelOf = (raw: unknown, fallback: string): Label => {
  if (raw && typeof raw === 'object') {
    const l = raw as { en?: string; zh?: string }
    return { en: l.en ?? l.zh ?? fallback, zh: l.zh ?? l.en ?? fallback }
  }
  return typeof raw === 'string' ? { en: raw, zh: raw } : { en: fallback, zh: fallback }
}

function baseField(f: FlattenedField): ReportField | null {
  if (SKIPPED.has(f.name) || isSlot(f.name) || f.admin?.hidden || ('hidden' in f && f.hidden)) return null
  if ('hasMany' in f && f.hasMany) return null
  const path = f.name
  const label = TIMESTAMPS[path] ?? labelOf(f.label, path)
  const column = snake(path)
  switch (f.type) {
    case 'text':
    case 'email':
      return f.custom?.money
        ? { path, kind: 'money', column: snake(minorUnitsName(path)), label }
        : { path, kind: 'text', column, label }
    case 'textarea':
      return { path, kind: 'longText', column, label }
    case 'number':
      return { path, kind: 'number', column, label }
    case 'date':
      return { path, kind: 'date', column, label }
    case 'checkbox':
      return { path, kind: 'boolean', column, label }
    case 'select':
      return {
        path,
        kind: 'select',
        column,
        label,
        options: f.options.map((o) =>
          typeof o === 'string' ? { value: o, label: { en: o, zh: o } } : { value: o.value, label: labelOf(o.label, o.value) },
        ),
      }
    case 'relationship':
      return typeof f.relationTo === 'string'
        ? { path, kind: 'relationship', column: `${column}_id`, label, relationTo: f.relationTo }
        : null
    default:
      return null
  }
}

/**
 * Every field of an entity a report may use in a tenant: the base fields with a column of their own,
 * and the custom fields of the published version that are mirrored into a typed slot column (a custom
 * field without a slot is in the JSON only, which no index or aggregate can read). Permissions are
 * applied by the caller (checkDefinition), since they depend on the user.
 */
export async function reportFields(req: PayloadRequest, tenant: Id, entity: string): Promise<Map<string, ReportField>> {
  const fields = await ownFields(req, tenant, entity)
  for (const field of await relatedFields(req, tenant, entity, fields)) fields.set(field.path, field)
  return fields
}

/** The entity's own fields: base fields with a column, custom fields with a slot. */
export async function ownFields(req: PayloadRequest, tenant: Id, entity: string): Promise<Map<string, ReportField>> {
  const fields = new Map<string, ReportField>()
  for (const f of req.payload.collections[entity as 'accounts']?.config.flattenedFields ?? []) {
    const field = baseField(f)
    if (!field) continue
    // A dictionary field (行业) stores the entry's value: groups and cells show the tenant's labels.
    const dictionary = f.custom?.dictionary as string | undefined
    const entries = dictionary && field.kind === 'text' ? await dictionaryEntries(req, tenant, dictionary) : null
    if (entries) {
      field.kind = 'select'
      field.options = entries.map((e) => ({ value: e.value, label: labelOf({ en: e.labelEn, zh: e.labelZh }, e.value) }))
    }
    fields.set(field.path, field)
  }
  const { schema, slots } = await publishedSchema(req, tenant, entity)
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const kind = kindOf(property)
    const slot = slots?.[key]
    if (!kind || !slot) continue
    const path = `custom.${key}`
    const options = property['x-options']?.map((o) => ({ value: o.value, label: labelOf(o.label, o.value) }))
    fields.set(path, {
      path,
      kind: options
        ? 'select'
        : kind === 'boolean'
          ? 'boolean'
          : kind === 'date'
            ? 'date'
            : kind === 'number'
              ? 'number'
              : 'text',
      column: snake(slot),
      slot,
      label: labelOf(property['x-label'], key),
      ...(options ? { options } : {}),
    })
  }
  return fields
}
