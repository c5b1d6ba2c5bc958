import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf, sameId } from '../../src/access/types'
import { message, toLanguage } from '../../src/i18n'

/** Walk up from the new parent; meeting this department again would make the tree a loop. */
export const refuseCycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const selfId = originalDoc?.id
  let cursor = idOf(data.parent)
  const seen = new Set<string>()
  while (cursor != null && selfId != null) {
    if (sameId(cursor, selfId) || seen.has(String(cursor))) {
      throw new ValidationError(
        {
          collection: 'departments',
          errors: [{ path: 'parent', message: message(toLanguage(req.i18n?.language), 'departmentCycle') }],
        },
        req.t,
      )
    }
    seen.add(String(cursor))
    const parent = await req.payload.findByID({
      collection: 'departments',
      id: cursor,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    cursor = idOf(parent?.parent)
  }
  return data
}
