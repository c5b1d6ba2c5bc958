import type { Field, FieldHook } from 'payload'
import { label } from '../i18n/label'

/** Records that activities, notes and tasks can hang on. */
export const RELATABLE = [
  'accounts',
  'contacts',
  'leads',
  'opportunities',
  'quotes',
  'sales-orders',
  'purchase-orders',
  'invoices',
  'contracts',
  'service-requests',
  'campaigns',
] as const

type Related = { relationTo?: string; value?: unknown } | null | undefined

/** `accounts:42`: the record a `relatedTo` value points at, as one indexable string. */
export function relatedKeyOf(related: Related): string | null {
  if (!related?.relationTo || related.value == null) return null
  const value = related.value as { id?: unknown } | string | number
  const id = typeof value === 'object' ? value.id : value
  return id == null || id === '' ? null : `${related.relationTo}:${id}`
}

/** Always recomputed from `relatedTo` (the stored one when the write leaves it out): never typed in. */
const fillRelatedKey: FieldHook = ({ siblingData, originalDoc }) =>
  relatedKeyOf('relatedTo' in siblingData ? siblingData.relatedTo : originalDoc?.relatedTo)

/**
 * The polymorphic link to the record, and its `relatedKey` copy. Why the copy: SQL adapters keep a
 * polymorphic relation in a side table (`_rels`), so "this account's activities, newest first" is a
 * join, a DISTINCT and a sort the planner gets wrong on large tables (a second per page with 5,000
 * activities on one account among a million). One indexed column on the row itself, with the start
 * time beside it where the timeline sorts by it, reads the page straight off the index.
 */
export const relatedToField = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'relatedTo',
      type: 'relationship',
      relationTo: [...RELATABLE],
      label: label('Related to', '关联记录'),
      index: true,
    },
    {
      name: 'relatedKey',
      type: 'text',
      index: true,
      label: label('Related record key', '关联记录键'),
      admin: { hidden: true, readOnly: true },
      hooks: { beforeChange: [fillRelatedKey] },
    },
  ],
})
