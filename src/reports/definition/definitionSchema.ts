import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { AGGREGATE_FNS, CHART_TYPES, DATE_UNITS, FILTER_OPS, RELATIVE_PERIODS, REPORT_TYPES } from './reportDefinition'

// A field of the entity (`amount`, `custom.region`) or of a related record, one relationship away (`account.industry`, `account.custom.tier`).
const fieldPath = {
  type: 'string',
  minLength: 1,
  maxLength: 120,
  pattern: '^([A-Za-z][A-Za-z0-9_]*\\.)?(custom\\.)?[A-Za-z][A-Za-z0-9_]*$',
}
const scalar = { type: ['string', 'number', 'boolean'] }

/**
 * The JSON Schema (draft 2020-12) of a report definition: the shape only. Whether the fields exist,
 * may be read by the user and suit the aggregate is checked against the tenant's fields when it runs
 * (checkDefinition), because custom fields differ per tenant.
 */
export const REPORT_DEFINITION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['entity', 'type'],
  properties: {
    entity: { enum: [...BUSINESS_COLLECTIONS] },
    type: { enum: [...REPORT_TYPES] },
    columns: { type: 'array', maxItems: 30, items: fieldPath },
    groups: {
      type: 'array',
      maxItems: 2,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field'],
        properties: { field: fieldPath, dateUnit: { enum: [...DATE_UNITS] } },
      },
    },
    aggregates: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['fn'],
        properties: { fn: { enum: [...AGGREGATE_FNS] }, field: fieldPath },
      },
    },
    filters: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'op'],
        properties: {
          field: fieldPath,
          op: { enum: [...FILTER_OPS] },
          value: scalar,
          values: { type: 'array', maxItems: 200, items: { type: ['string', 'number'] } },
          period: { enum: [...RELATIVE_PERIODS] },
          from: { type: ['string', 'number'] },
          to: { type: ['string', 'number'] },
        },
      },
    },
    sort: {
      type: 'array',
      maxItems: 3,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['direction'],
        properties: {
          field: fieldPath,
          aggregate: { type: 'integer', minimum: 0 },
          direction: { enum: ['asc', 'desc'] },
        },
      },
    },
    chart: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['type', 'aggregate'],
      properties: { type: { enum: [...CHART_TYPES] }, aggregate: { type: 'integer', minimum: 0 } },
    },
  },
} as const
