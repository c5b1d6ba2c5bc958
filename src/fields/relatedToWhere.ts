import { relatedKeyOf } from './relatedTo'

/**
 * Records hanging on one record through `relatedTo` (its activities, notes, tasks, documents, emails),
 * by their `relatedKey` copy: one indexed column, where `relatedTo.value = id` is tested against every
 * relation column of the `_rels` side table (eleven, ORed) and even the object form is a join with a
 * DISTINCT (see `relatedTo.ts`). Same answer over REST, the Local API and MongoDB.
 */
export const relatedToWhere = (entity: string, id: string | number) => ({
  relatedKey: { equals: relatedKeyOf({ relationTo: entity, value: id }) },
})
