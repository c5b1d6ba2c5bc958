import type { CollectionAfterChangeHook } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import { ensureDefaultDictionaries } from '../../src/dictionaries/defaultDictionaries'
import { toLanguage } from '../../src/i18n'

/** A new tenant is usable at once: the built-in roles (named in its language) and the default picklists. */
export const setUpNewTenant: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    await ensureBuiltInRoles(req.payload, doc.id, toLanguage(doc.language), req)
    await ensureDefaultDictionaries(req.payload, doc.id, req)
  }
  return doc
}
