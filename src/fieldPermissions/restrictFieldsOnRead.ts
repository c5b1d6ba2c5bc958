import type { CollectionAfterReadHook } from 'payload'
import { idOf } from '../access/types'
import { fieldRulesFor } from './fieldRulesFor'
import { restrictDoc } from './restrictDoc'

/**
 * Every read of a business record by a user (REST, GraphQL, the Local API with a user and
 * overrideAccess false, lists, exports, versions): fields hidden for the user's roles are left out,
 * masked ones masked. Server code reading past access sees everything.
 */
export const restrictFieldsOnRead: CollectionAfterReadHook = async ({ collection, doc, overrideAccess, req }) => {
  if (!doc || !req.user || overrideAccess === true) return doc
  const rules = await fieldRulesFor(req, collection.slug, idOf(doc.tenant), overrideAccess)
  return restrictDoc(doc, rules)
}
