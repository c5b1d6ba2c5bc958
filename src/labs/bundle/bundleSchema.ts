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

const texts = {
  type: 'object',
  required: ['zh', 'en'],
  additionalProperties: false,
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
}

/**
 * The JSON Schema (draft 2020-12) of a bundle of this format version; `seeds/bundle.schema.json` is
 * this object written out (a unit test keeps them equal), for editors and other tools.
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
      properties: Object.fromEntries(SECTIONS.map((s) => [s.name, { type: 'array', items: item }])),
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
