import type { Where } from 'payload'
import { ALL_SLOTS } from '../../customFields/slots/slotColumns'

/**
 * What a bundle carries, one section per collection, each record named by a symbolic key — never by
 * database id, so a bundle moves between tenants and instances. Configuration sections are keyed by
 * the record's own unique key; sample-record sections (`records.<collection>`, exported on request)
 * by a readable key made from its number, code, email or name. Relationships inside the values are
 * written as keys too (references.ts).
 */
export type Section = {
  /** The section's name in the bundle: `config.<name>`, or `records.<collection>` for data. */
  name: string
  collection: string
  kind: 'config' | 'records'
  /** Keys for a section's records in id order (a list, so two of one name get `~2`). */
  keys: (docs: Record<string, unknown>[]) => string[]
  /** Which of the tenant's rows are this section's (all when absent): a schema's published version, shared views. */
  where?: Where
  /** Top-level fields the server sets on this collection (a version's number and status): never carried. */
  serverFields?: string[]
}

const each =
  (key: (doc: Record<string, unknown>) => string) =>
  (docs: Record<string, unknown>[]): string[] =>
    docs.map(key)

/** Keys from stems, in id order: repeats get `~2`, `~3`… */
function numbered(stems: string[]): string[] {
  const used = new Map<string, number>()
  return stems.map((stem) => {
    const n = (used.get(stem) ?? 0) + 1
    used.set(stem, n)
    return n === 1 ? stem : `${stem}~${n}`
  })
}

/** A record's readable key: the first of its number, code, email, name or title; repeats get `~2`, `~3`… */
function readableKeys(docs: Record<string, unknown>[]): string[] {
  return numbered(
    docs.map((doc, i) => {
      const base = ['number', 'code', 'email', 'name', 'title', 'subject']
        .map((field) => doc[field])
        .find((value) => typeof value === 'string' && value.trim() !== '') as string | undefined
      return (base ?? `#${i + 1}`).trim().slice(0, 150)
    }),
  )
}

/** A shared list view's key: `accounts/重点客户` for everyone's, `accounts/sales/重点客户` for a role's. */
const viewKeys = (docs: Record<string, unknown>[]) =>
  numbered(
    docs.map((d) =>
      [d.entity, d.scope === 'role' ? d.roleKey : null, String(d.label ?? '').slice(0, 60)].filter((p) => p != null).join('/'),
    ),
  )

const config = (name: string, collection: string, key: (d: Record<string, unknown>) => string): Section => ({
  name,
  collection,
  kind: 'config',
  keys: each(key),
})

export const SECTIONS: Section[] = [
  config('dictionaries', 'dictionaries', (d) => String(d.key)),
  config('roles', 'roles', (d) => String(d.key)),
  // An entity's custom fields, form layout and list views: its published version, keyed by the entity.
  // Written through publishing (applySchema.ts), after the dictionaries its fields name and before
  // everything that may read its fields (templates, workflows, forms, views, sample records).
  {
    ...config('entitySchemas', 'entity-schemas', (d) => String(d.entity)),
    where: { status: { equals: 'published' } },
    serverFields: ['version', 'status', 'basedOn', 'slots', 'slotless', 'publishedAt', 'publishedBy'],
  },
  // A collection numbers with its one active sequence, whatever it is called in this company's language.
  config('numberSequences', 'number-sequences', (d) =>
    d.active === false ? `${d.targetCollection}/${d.name}` : String(d.targetCollection),
  ),
  config('exportTemplates', 'export-templates', (d) => `${d.entity}/${d.name}`),
  config('workflows', 'workflows', (d) => String(d.key)),
  config('approvalProcesses', 'approval-processes', (d) => String(d.key)),
  config('publicForms', 'public-forms', (d) => String(d.slug)),
  // List views shared with a role or everyone (a user's own views are theirs, not configuration).
  {
    name: 'savedViews',
    collection: 'saved-views',
    kind: 'config',
    keys: viewKeys,
    where: { scope: { in: ['role', 'tenant'] } },
    serverFields: ['user'],
  },
]

/** Sample records, in an order where what a record points to is (mostly) written before it. */
export const RECORD_SECTIONS: Section[] = [
  'product-categories',
  'products',
  'price-books',
  'vendors',
  'accounts',
  'contacts',
  'leads',
  'campaigns',
  'opportunities',
  'quotes',
  'sales-orders',
  'invoices',
  'purchase-orders',
  'contracts',
  'payments',
  'service-requests',
  'faqs',
  'tasks',
  'activities',
  'notes',
  'announcements',
].map((collection) => ({ name: collection, collection, kind: 'records', keys: readableKeys }))

export const ALL_SECTIONS = [...SECTIONS, ...RECORD_SECTIONS]
export const sectionFor = (collection: string) => ALL_SECTIONS.find((s) => s.collection === collection)
/** A section's items in a bundle, and its JSON Pointer. */
export const pointerOf = (section: Section) => `/${section.kind}/${section.name}`
/** How a reference names an item: `section/key` for configuration, `records/<collection>/key` for data. */
export const refName = (section: Section, key: string) =>
  section.kind === 'config' ? `${section.name}/${key}` : `records/${section.name}/${key}`

/** Stored by the server: never exported, never written by an import (`relatedKey` holds an id, rebuilt on write). */
const SERVER_FIELDS = ['id', 'tenant', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'updatedBy']
/**
 * Top-level fields a section leaves out: configuration has no owner; a sample record keeps its owner (by
 * email) but not its slot columns (copies of its custom values the server keeps for sorting).
 */
export const omittedFields = (section: Section) =>
  new Set(
    section.kind === 'config'
      ? [...SERVER_FIELDS, 'owner', 'department', ...(section.serverFields ?? [])]
      : [...SERVER_FIELDS, 'relatedKey', ...ALL_SLOTS],
  )

/** The query for a section's rows in a tenant. */
export const rowsOf = (section: Section, tenant: unknown): Where => ({
  and: [{ tenant: { equals: tenant } }, ...(section.where ? [section.where] : [])],
})

/** A bundle's items of one section. */
export const itemsOf = (bundle: { config: Record<string, unknown[]>; records?: Record<string, unknown[]> }, section: Section) =>
  ((section.kind === 'config' ? bundle.config[section.name] : bundle.records?.[section.name]) ?? []) as {
    key: string
    values: Record<string, unknown>
  }[]
