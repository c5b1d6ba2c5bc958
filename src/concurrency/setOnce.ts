import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { type Id, idOf } from '../access/types'
import { message, toLanguage } from '../i18n'
import type { MessageKey } from '../i18n/messages/en'
import { compareAndSet } from './compareAndSet'

/**
 * A link that may be set only once, such as a quote's sales order: setting it is a compare-and-set
 * from empty, so of two conversions of one document racing each other (in one process or in two)
 * exactly one links its result; the other is refused with 409 and rolled back by its caller.
 * Reading "not converted yet" first is not enough: both racers would read it before either writes.
 */
export const setOnce =
  (field: string, refusal: MessageKey): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc || !(field in data)) return data
    const next = idOf(data[field])
    const stored = idOf(originalDoc[field])
    if (next == null || String(next) === String(stored)) return data
    const claimed =
      stored == null &&
      (await compareAndSet(req, collection.slug, originalDoc.id, { [field]: { exists: false } }, { [field]: next }))
    if (!claimed) {
      const current = await req.payload.db.findOne<{ id: Id } & Record<string, unknown>>({
        collection: collection.slug,
        where: { id: { equals: originalDoc.id } },
        req,
      })
      throw new APIError(message(toLanguage(req.i18n?.language), refusal), 409, { existing: idOf(current?.[field]) }, true)
    }
    return data
  }
