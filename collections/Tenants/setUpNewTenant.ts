import type { CollectionAfterChangeHook } from 'payload'
import { ensureBuiltInRoles } from '../../src/access/builtInRoles'
import { ensureDefaultDictionaries } from '../../src/dictionaries/defaultDictionaries'
import { toLanguage } from '../../src/i18n'
import { ensureDefaultSequences } from '../../src/numbering/defaultSequences'
import { ensureDefaultTemplates } from '../../src/printing/defaultTemplates'

/**
 * A new tenant is usable at once: the built-in roles (named in its language), the default picklists,
 * number sequences and export templates. Not for a student group about to receive a copy of another
 * group's rows (`context.labGroupCopy`, src/labs/clone): the copy brings all of these, and would first
 * have to delete them.
 */
export const setUpNewTenant: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation === 'create' && !context?.labGroupCopy) {
    await ensureBuiltInRoles(req.payload, doc.id, toLanguage(doc.language), req)
    await ensureDefaultDictionaries(req.payload, doc.id, req)
    await ensureDefaultSequences(req.payload, doc.id, toLanguage(doc.language), req)
    await ensureDefaultTemplates(req.payload, doc.id, toLanguage(doc.language), req)
  }
  return doc
}
