import type { FieldType } from './fieldTypes'

type Labels = { en?: string; zh?: string }

/** One field of `custom`: a JSON Schema property with Formwork's annotations. */
export type FieldSchema = {
  'x-type': FieldType
  'x-label'?: Labels
  'x-help'?: Labels
  'x-options'?: { value: string; label: Labels }[]
  'x-dictionary'?: string
  'x-relationTo'?: string
  'x-formula'?: string
  'x-removed'?: boolean
  'x-unique'?: boolean
  'x-visibleWhen'?: string
  'x-requiredWhen'?: string
  'x-readOnlyWhen'?: string
  'x-permissions'?: Record<string, 'hidden' | 'readOnly' | 'masked'>
  type?: string | string[]
  items?: { type?: string; properties?: Record<string, FieldSchema>; required?: string[]; enum?: string[] }
  properties?: Record<string, FieldSchema | { type: string; maxLength?: number }>
  [keyword: string]: unknown
}

/** The JSON Schema (draft 2020-12) of one entity's `custom` object in one tenant. */
export type CustomSchema = {
  $schema?: string
  type: 'object'
  properties: Record<string, FieldSchema>
  required?: string[]
  additionalProperties: false
}

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema'

/** A schema with no fields: what every entity has until an admin adds some. */
export const EMPTY_SCHEMA: CustomSchema = { $schema: DRAFT_2020_12, type: 'object', properties: {}, additionalProperties: false }
