/**
 * Records hanging on one record through the polymorphic `relatedTo` (its activities, notes, tasks,
 * documents, emails).
 *
 * Why this form: `relatedTo.value = id` does not say which collection the id belongs to, so the SQL
 * adapters test it against every relation column of the `_rels` table (eleven, ORed) and no index
 * serves it — seconds for an account with thousands of activities. The object form names the
 * collection, and becomes one indexed column's equality. Works over REST (`where[relatedTo][equals]
 * [relationTo]=accounts&…[value]=5`), the Local API and MongoDB alike; `equals` only.
 */
export const relatedToWhere = (entity: string, id: string | number) => ({
  relatedTo: { equals: { relationTo: entity, value: id } },
})
