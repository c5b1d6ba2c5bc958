import type { CustomSchema } from '../customSchema'
import { TYPE_RULES } from '../fieldTypes'
import { type Dependency, schemaDependencies } from '../ruleCycles'
import type { BaseField } from './types'

/** Base Payload field types a list can sort by (scalar columns). */
const SORTABLE_BASE = new Set(['text', 'email', 'number', 'date', 'checkbox', 'select', 'radio', 'textarea', 'code'])
const SELECT_BASE = new Set(['select', 'radio'])
/** Every record's timestamps: lists show and sort by them though no collection declares them. */
export const TIMESTAMPS = ['createdAt', 'updatedAt'] as const
const isTimestamp = (field: string) => (TIMESTAMPS as readonly string[]).includes(field)

export type FieldCatalog = {
  exists: (field: string) => boolean
  removed: (field: string) => boolean
  sortable: (field: string) => boolean
  isSelect: (field: string) => boolean
  /** What the fields' visibility, read-only and formula rules read: the layout adds its sections' rules. */
  ruleDependencies: () => readonly Dependency[]
}

/**
 * What layouts and list views may name: the entity's base fields and the custom fields of the schema
 * (`custom.<key>`). A custom field is sortable when its type has a slot kind; whether the tenant still
 * had a free slot for it is the publish step's concern.
 */
export function fieldCatalog(baseFields: readonly BaseField[], schema: CustomSchema): FieldCatalog {
  const base = new Map(baseFields.map((f) => [f.name, f]))
  const custom = (field: string) =>
    field.startsWith('custom.') && Object.hasOwn(schema.properties, field.slice(7))
      ? schema.properties[field.slice(7)]
      : undefined
  let dependencies: Dependency[] | undefined
  return {
    ruleDependencies: () => {
      dependencies ??= schemaDependencies(schema)
      return dependencies
    },
    exists: (field) => base.has(field) || isTimestamp(field) || custom(field) !== undefined,
    removed: (field) => custom(field)?.['x-removed'] === true,
    sortable: (field) => {
      const c = custom(field)
      if (c) return TYPE_RULES[c['x-type']]?.slot != null
      const b = base.get(field)
      return isTimestamp(field) || (b != null && SORTABLE_BASE.has(b.type))
    },
    isSelect: (field) => {
      const c = custom(field)
      if (c) return c['x-type'] === 'select'
      const b = base.get(field)
      return b != null && (SELECT_BASE.has(b.type) || b.hasOptions === true)
    },
  }
}
