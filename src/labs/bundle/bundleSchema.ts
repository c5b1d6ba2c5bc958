import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './format'
import { RECORD_SECTIONS, SECTIONS } from './sections'

const item = {
  type: 'object',
  required: ['key', 'values'],
  additionalProperties: false,
  properties: {
    key: { type: 'string', minLength: 1, maxLength: 200 },
    values: { type: 'object' },
  },
}

/** An item whose values have a fixed shape: refused at the exact field that does not fit it. */
const itemOf = (required: string[], properties: Record<string, unknown>) => ({
  ...item,
  properties: { ...item.properties, values: { type: 'object', required, additionalProperties: false, properties } },
})
const entity = { enum: [...BUSINESS_COLLECTIONS] }
const orNull = (type: string) => ({ anyOf: [{ type }, { type: 'null' }] })
const jsonObject = orNull('object')

/** An entity's published custom fields (JSON Schema of `custom`), form layout, list views and field permissions. */
const entitySchema = itemOf(['entity', 'schema'], {
  entity,
  schema: {
    type: 'object',
    required: ['type', 'properties'],
    properties: { type: { const: 'object' }, properties: { type: 'object' } },
  },
  layout: jsonObject,
  listViews: jsonObject,
  fieldPermissions: jsonObject,
  note: orNull('string'),
})

/** A list view shared with a role (by its key) or with everyone. */
const savedView = itemOf(['entity', 'label', 'scope', 'view'], {
  entity,
  label: { type: 'string', minLength: 1, maxLength: 60 },
  scope: { enum: ['role', 'tenant'] },
  roleKey: orNull('string'),
  view: { type: 'object' },
  isDefault: orNull('boolean'),
})

const SHAPED: Record<string, unknown> = { entitySchemas: entitySchema, savedViews: savedView }

const texts = {
  type: 'object',
  required: ['zh', 'en'],
  additionalProperties: false,
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
}

/**
 * The JSON Schema (draft 2020-12) of a bundle of this format version; `seeds/bundle.schema.json` is
 * this object written out (a unit test keeps them equal), for editors and other tools. Sections added
 * since version 1 (entity schemas, shared list views) are optional: a version-1 bundle without them is
 * still valid, so the version stays 1.
 */
export const BUNDLE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://formwork.dev/schemas/${BUNDLE_FORMAT}-${BUNDLE_VERSION}.json`,
  title: 'Formwork bundle',
  description: 'A tenant configuration that moves between tenants and instances, its records named by symbolic keys.',
  type: 'object',
  required: ['format', 'version', 'name', 'config'],
  additionalProperties: false,
  properties: {
    format: { const: BUNDLE_FORMAT },
    version: { type: 'integer', minimum: 1, maximum: BUNDLE_VERSION },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 5000 },
    exportedAt: { type: 'string' },
    config: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(SECTIONS.map((s) => [s.name, { type: 'array', items: SHAPED[s.name] ?? item }])),
    },
    exercises: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'title', 'check'],
        additionalProperties: false,
        properties: {
          key: { type: 'string', minLength: 1, maxLength: 100 },
          title: texts,
          description: texts,
          check: {
            type: 'object',
            required: ['collection', 'where'],
            additionalProperties: false,
            properties: {
              collection: { enum: RECORD_SECTIONS.map((s) => s.collection) },
              where: { type: 'object' },
              atLeast: { type: 'integer', minimum: 1 },
            },
          },
        },
      },
    },
    records: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(RECORD_SECTIONS.map((s) => [s.name, { type: 'array', items: item }])),
    },
  },
} as const
