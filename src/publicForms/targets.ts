import type { FieldType } from '../customFields/fieldTypes'

/**
 * What a public form may create, and which base fields of each entity the public may fill or an admin
 * may fix. Lists of names rather than "every base field": a new field of a collection (an owner-only
 * flag, a pool date, a conversion link) never becomes publicly writable by accident.
 */
export const PUBLIC_FORM_TARGETS = {
  leads: {
    fillable: ['name', 'company', 'title', 'mobile', 'phone', 'email', 'description'],
    fixed: ['source', 'status', 'rating'],
  },
  contacts: {
    fillable: ['name', 'title', 'customerDepartment', 'mobile', 'phone', 'email', 'birthday'],
    fixed: ['leadSource', 'account'],
  },
  'service-requests': {
    fillable: ['subject', 'type', 'priority', 'category', 'description'],
    fixed: ['type', 'queue', 'priority', 'severity', 'category', 'status', 'stage', 'account', 'product'],
  },
} as const satisfies Record<string, { fillable: readonly string[]; fixed: readonly string[] }>

export type PublicFormTarget = keyof typeof PUBLIC_FORM_TARGETS

export const isPublicFormTarget = (value: unknown): value is PublicFormTarget =>
  typeof value === 'string' && Object.hasOwn(PUBLIC_FORM_TARGETS, value)

/**
 * Custom field types the public can fill. Lookups and files pick among the tenant's records (which an
 * anonymous visitor may not list); formulas and auto-numbers are the server's to fill.
 */
export const PUBLIC_CUSTOM_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
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
  'address',
  'rating',
  'group',
])

/** Custom types an admin may fix on every submission: anything a value can be written for. */
export const FIXABLE_CUSTOM_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([...PUBLIC_CUSTOM_TYPES, 'lookup'])

/** The hidden field bots fill and people never see (see the page). Not a field of any target entity. */
export const HONEYPOT_FIELD = 'website'
