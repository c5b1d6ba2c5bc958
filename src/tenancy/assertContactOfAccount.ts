import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf, sameId } from '../access/types'
import { message, toLanguage } from '../i18n'

/** A record's contact must work at the record's account (a quote to 华东贸易 cannot name 北方物流's buyer). */
export const assertContactOfAccount: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const contactId = idOf(data.contact ?? originalDoc?.contact)
  const accountId = idOf(data.account ?? originalDoc?.account)
  if (contactId == null || accountId == null) return data
  const contact = await req.payload.findByID({
    collection: 'contacts',
    id: contactId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (contact && !sameId(contact.account, accountId)) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'contact', message: message(toLanguage(req.i18n?.language), 'contactOfOtherAccount') }],
      },
      req.t,
    )
  }
  return data
}
