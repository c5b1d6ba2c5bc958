import type { PayloadRequest } from 'payload'
import { message, toLanguage } from '../../src/i18n'
import { templateErrorMessage } from '../../src/printing/templateErrors'
import { checkTemplate } from '../../templates'

/**
 * A field validator for Handlebars sources: a source that does not compile is refused with the
 * compiler's message and its line and column, so the editor can point at the mistake.
 */
export const validateTemplate =
  ({ required }: { required: boolean }) =>
  (value: unknown, { req }: { req: PayloadRequest }) => {
    const lang = toLanguage(req.i18n?.language)
    if (value == null || value === '') return required ? message(lang, 'templateSourceRequired') : true
    if (typeof value !== 'string') return message(lang, 'templateSourceRequired')
    const error = checkTemplate(value)
    return error ? templateErrorMessage(lang, error) : true
  }
