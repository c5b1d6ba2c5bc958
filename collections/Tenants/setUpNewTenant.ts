import type { CollectionAfterChangeHook } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import { ensureDefaultDictionaries } from '../../src/dictionaries/defaultDictionaries'
import { toLanguage } from '../../src/i18n'
import { ensureDefaultSequences } from '../../src/numbering/defaultSequences'
import { ensureDefaultTemplates } from '../../src/printing/defaultTemplates'

/**
 * A new tenant is usable at once: the built-in roles (named in its language), the default picklists,
 * number sequences and export templates.
 */
export const setUpNewTenant: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    await ensureBuiltInRoles(req.payload, doc.id, toLanguage(doc.language), req)
    await ensureDefaultDictionaries(req.payload, doc.id, req)
    await ensureDefaultSequences(req.payload, doc.id, toLanguage(doc.language), req)
    await ensureDefaultTemplates(req.payload, doc.id, toLanguage(doc.language), req)
  }
  return doc
}
