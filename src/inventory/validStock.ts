import type { TextFieldSingleValidation } from 'payload'
import { message, toLanguage } from '../i18n'
import { parseAmount } from '../money/parseAmount'

/** A stock figure: a decimal of up to 4 places (as quantities are); negative is a backorder. */
export const validStock: TextFieldSingleValidation = (value, { req }) => {
  if (value == null || value === '') return true
  const parsed = parseAmount(value, { maxDecimals: 4, allowNegative: true })
  return parsed.ok || message(toLanguage(req.i18n?.language), 'stockInvalid')
}
