import type { CollectionAfterChangeHook } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import { toLanguage } from '../../src/i18n'

/** A new tenant is usable at once: it gets the built-in roles, named in the tenant's language. */
export const createBuiltInRoles: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await ensureBuiltInRoles(req.payload, doc.id, toLanguage(doc.language), req)
  return doc
}
