import type { CustomSchema, FieldSchema } from '../customFields/customSchema'
import type { EntityField } from '../workspace/describeEntity'
import { FIXABLE_CUSTOM_TYPES, PUBLIC_CUSTOM_TYPES, PUBLIC_FORM_TARGETS, type PublicFormTarget } from './targets'

/** A row of the form's field list as stored: which field, whether this form requires it, whether it is wide. */
export type FieldRow = { field?: string | null; required?: boolean | null; wide?: boolean | null }

/** A field the public form shows, resolved against the entity and its published custom fields. */
export type ShownField = { field: string; required: boolean; wide: boolean }

export type EntityFields = { entity: PublicFormTarget; baseFields: readonly EntityField[]; schema: CustomSchema }

const liveCustom = (schema: CustomSchema) => Object.entries(schema.properties).filter(([, f]) => !f['x-removed'])

/** A group is public when every column of its rows is (a group of lookups would need the tenant's records). */
const isPublicType = (field: FieldSchema): boolean =>
  PUBLIC_CUSTOM_TYPES.has(field['x-type']) &&
  (field['x-type'] !== 'group' ||
    Object.values(field.items?.properties ?? {}).every((sub) => PUBLIC_CUSTOM_TYPES.has((sub as FieldSchema)['x-type'])))

/** Every field a visitor may fill on a form of this entity: the target's safe base fields and public custom fields. */
export function fillableFields({ entity, baseFields, schema }: EntityFields): string[] {
  const present = new Set(baseFields.map((f) => f.name))
  return [
    ...PUBLIC_FORM_TARGETS[entity].fillable.filter((name) => present.has(name)),
    ...liveCustom(schema)
      .filter(([, f]) => isPublicType(f))
      .map(([key]) => `custom.${key}`),
  ]
}

/** Every field an admin may fix on each submission: the target's fixable base fields and writable custom fields. */
export function fixableFields({ entity, baseFields, schema }: EntityFields): string[] {
  const present = new Set(baseFields.map((f) => f.name))
  return [
    ...PUBLIC_FORM_TARGETS[entity].fixed.filter((name) => present.has(name)),
    ...liveCustom(schema)
      .filter(([, f]) => FIXABLE_CUSTOM_TYPES.has(f['x-type']))
      .map(([key]) => `custom.${key}`),
  ]
}

/**
 * What every record of the entity must have: required base fields without a default value, and the
 * custom fields the published schema requires.
 */
export function requiredFields({ baseFields, schema }: EntityFields): string[] {
  const live = new Set(liveCustom(schema).map(([key]) => key))
  return [
    ...baseFields.filter((f) => f.required && f.defaultValue === undefined && !f.readOnly).map((f) => f.name),
    ...(schema.required ?? []).filter((key) => live.has(key)).map((key) => `custom.${key}`),
  ]
}

/**
 * The fields a form shows now: its rows that can still be shown (a custom field removed since the form
 * was saved drops out), then every required field the form and its fixed values leave out — a form that
 * omits one would refuse every submission.
 */
export function shownFields(entity: EntityFields, rows: readonly FieldRow[], fixed: readonly string[]): ShownField[] {
  const fillable = new Set(fillableFields(entity))
  const shown: ShownField[] = []
  for (const row of rows) {
    const field = row.field?.trim()
    if (!field || !fillable.has(field) || fixed.includes(field) || shown.some((s) => s.field === field)) continue
    shown.push({ field, required: row.required === true, wide: row.wide === true })
  }
  for (const field of requiredFields(entity))
    if (fillable.has(field) && !fixed.includes(field) && !shown.some((s) => s.field === field))
      shown.push({ field, required: true, wide: false })
  return shown
}
