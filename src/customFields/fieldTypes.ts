/**
 * The field types an admin can add, and what each allows in the JSON Schema of `custom`. A field is a
 * property of that schema: standard JSON Schema keywords for what ajv checks, `x-…` annotations for
 * what Formwork adds (labels, options, rules, permissions, lookups, formulas).
 */
export const FIELD_TYPES = [
  'text',
  'longText',
  'integer',
  'decimal',
  'currency',
  'percent',
  'date',
  'dateTime',
  'boolean',
  'select',
  'multiSelect',
  'email',
  'phone',
  'url',
  'lookup',
  'address',
  'file',
  'rating',
  'autoNumber',
  'formula',
  'group',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

/** Which typed, indexed slot column a field can be mirrored into for range filters and sorting. */
export type SlotKind = 'text' | 'number' | 'date' | 'boolean' | null

/** Annotations every field may carry. */
const COMMON = [
  'x-type',
  'x-label',
  'x-help',
  'x-placeholder',
  'x-visibleWhen',
  'x-requiredWhen',
  'x-readOnlyWhen',
  'x-permissions',
  'x-unique',
  'x-removed',
  'title',
  'description',
  'default',
  'readOnly',
]

type TypeRule = { keywords: string[]; slot: SlotKind }

const DECIMAL = ['type', 'x-decimal']

/** Per type: the keywords allowed besides the common ones, and its slot kind. */
export const TYPE_RULES: Record<FieldType, TypeRule> = {
  text: { keywords: ['type', 'minLength', 'maxLength', 'pattern'], slot: 'text' },
  longText: { keywords: ['type', 'minLength', 'maxLength'], slot: null },
  integer: { keywords: ['type', 'minimum', 'maximum'], slot: 'number' },
  decimal: { keywords: DECIMAL, slot: 'number' },
  currency: { keywords: [...DECIMAL, 'x-currency'], slot: 'number' },
  percent: { keywords: DECIMAL, slot: 'number' },
  date: { keywords: ['type', 'format'], slot: 'date' },
  dateTime: { keywords: ['type', 'format'], slot: 'date' },
  boolean: { keywords: ['type'], slot: 'boolean' },
  select: { keywords: ['type', 'enum', 'x-options', 'x-dictionary'], slot: 'text' },
  multiSelect: { keywords: ['type', 'items', 'uniqueItems', 'minItems', 'maxItems', 'x-options', 'x-dictionary'], slot: null },
  email: { keywords: ['type', 'format', 'maxLength'], slot: 'text' },
  phone: { keywords: ['type', 'format', 'maxLength'], slot: 'text' },
  url: { keywords: ['type', 'format', 'maxLength'], slot: 'text' },
  lookup: { keywords: ['type', 'x-relationTo'], slot: 'text' },
  address: { keywords: ['type', 'properties', 'additionalProperties'], slot: null },
  file: { keywords: ['type', 'x-relationTo'], slot: null },
  rating: { keywords: ['type', 'minimum', 'maximum'], slot: 'number' },
  autoNumber: { keywords: ['type', 'x-sequence'], slot: 'text' },
  formula: { keywords: ['x-formula', 'x-resultType'], slot: null },
  group: { keywords: ['type', 'items', 'minItems', 'maxItems'], slot: null },
}

export const allowedKeywords = (type: FieldType): Set<string> => new Set([...COMMON, ...TYPE_RULES[type].keywords])

export const isFieldType = (value: unknown): value is FieldType =>
  typeof value === 'string' && (FIELD_TYPES as readonly string[]).includes(value)

/** Keys a field may have: what a column name could be, never something that reaches a prototype. */
export const FIELD_KEY = /^[a-z][a-zA-Z0-9_]{0,62}$/
export const RESERVED_KEYS = new Set(['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])

/** The limits that keep one record's custom values a reasonable size. */
export const LIMITS = { fields: 200, textLength: 255, longTextLength: 10_000, groupRows: 200, totalBytes: 256 * 1024 }
