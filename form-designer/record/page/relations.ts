/** A list of records pointing at this one: `field` of `entity` holds this record's id. */
export type Relation = { entity: string; field: string }

/**
 * What a record page lists below the form, per entity. Mostly indexed relations (`account` is indexed
 * on every collection listed under accounts), so each page and its count stay cheap with large data.
 */
export const RELATIONS: Record<string, Relation[]> = {
  accounts: [
    { entity: 'contacts', field: 'account' },
    { entity: 'opportunities', field: 'account' },
    { entity: 'quotes', field: 'account' },
    { entity: 'sales-orders', field: 'account' },
    { entity: 'service-requests', field: 'account' },
  ],
  contacts: [
    { entity: 'opportunities', field: 'contact' },
    { entity: 'service-requests', field: 'contact' },
  ],
  opportunities: [
    { entity: 'quotes', field: 'opportunity' },
    { entity: 'sales-orders', field: 'opportunity' },
  ],
}

/** The related lists of an entity the user may read. */
export const relationsOf = (entity: string, readable: readonly string[]): Relation[] =>
  (RELATIONS[entity] ?? []).filter((r) => readable.includes(r.entity))

/** A count as shown on a tab: exact up to the cap, then "99+" (a badge needs no more precision). */
export const shownCount = (total: number, cap = 99): string => (total > cap ? `${cap}+` : String(total))

/** The entity's list filtered to the records of this one (`/app/<entity>?rel=field:id`, read by the list page). */
export const viewAllHref = (relation: Relation, id: string | number): string =>
  `/app/${relation.entity}?rel=${encodeURIComponent(`${relation.field}:${id}`)}`

/** A new record of the related entity, already pointing at this one (`/app/<entity>/new?rel=field:id`). */
export const newRelatedHref = (relation: Relation, id: string | number): string =>
  `/app/${relation.entity}/new?rel=${encodeURIComponent(`${relation.field}:${id}`)}`

/**
 * A new record's starting values from its `rel` address: the relation itself, and the customer of the
 * record it comes from (a quote made from an opportunity is for the opportunity's customer).
 */
export function relatedStart(
  entity: string,
  rel: { field: string; id: string },
  parent: Record<string, unknown> | null,
): Record<string, unknown> {
  // The parent's id as the database types it: the address holds text, a numeric relation wants a number.
  const parentId = parent?.id != null && String(parent.id) === rel.id ? parent.id : rel.id
  const start: Record<string, unknown> = { [rel.field]: parentId }
  const account = parent?.account
  const accountId = account != null && typeof account === 'object' ? (account as { id: unknown }).id : account
  const takesAccount = (RELATIONS.accounts ?? []).some((r) => r.entity === entity)
  if (rel.field !== 'account' && takesAccount && accountId != null) start.account = accountId
  return start
}

/** The entity a `rel` field of a new record points at (contacts' `account` → accounts), from the relations above. */
export const parentEntityOf = (entity: string, field: string): string | undefined =>
  Object.entries(RELATIONS).find(([, list]) => list.some((r) => r.entity === entity && r.field === field))?.[0]

/** The `rel` filter of a list address: `field:id` as an equality on the relation, or nothing. */
export function relFilter(rel: string | null): { field: string; id: string } | null {
  const match = rel?.match(/^([A-Za-z][\w.]{0,60}):([\w-]{1,40})$/)
  return match ? { field: match[1], id: match[2] } : null
}

/** Fields a copy leaves out: identity, numbers, workflow position, follow-up and pool history. */
const NOT_COPIED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'number',
  'code',
  'stage',
  'status',
  'owner',
  'department',
  'lastFollowUpAt',
  'claimedAt',
  'returnedAt',
  'poolReason',
  'sharedWith',
  'convertedAt',
  'convertedAccount',
  'convertedContact',
  'convertedOpportunity',
  'approvalStatus',
])

/** A record as the start of a new one: its values without what must be unique or the server assigns. */
export function copyOf(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !NOT_COPIED.has(key)))
}
