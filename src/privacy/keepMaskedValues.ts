import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { message, toLanguage } from '../i18n'
import { isMaskOf, looksMasked } from './mask'
import { isMaskedViewer } from './maskedViewer'
import { maskedFieldsOf } from './personalFields'

/**
 * A masked viewer saves the form they were shown: a masked value that comes back unchanged keeps the
 * stored one (it is never written over with stars); an edited mask (`138****5679`) is refused, so a
 * new number has to be typed in full. Runs before validation, where a masked email would fail.
 */
export const keepMaskedValues =
  (slug: string): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    if (!data) return data
    const masked = await isMaskedViewer(req, false)
    const errors: { path: string; message: string }[] = []
    for (const { field, kind } of maskedFieldsOf(slug)) {
      if (!(field in data)) continue
      if (isMaskOf(kind, data[field], originalDoc?.[field])) {
        data[field] = originalDoc?.[field]
        continue
      }
      if (masked && looksMasked(data[field]))
        errors.push({ path: field, message: message(toLanguage(req.i18n?.language), 'maskedValueEdited') })
    }
    if (errors.length > 0) throw new ValidationError({ errors }, req.t)
    return data
  }
