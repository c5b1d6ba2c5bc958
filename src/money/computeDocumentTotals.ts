import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { toLanguage } from '../i18n'
import { computeTotals, type LineItemInput } from './lineItems'

const PROBLEM_MESSAGES = {
  en: {
    required: 'Required.',
    notANumber: 'Not a number.',
    negative: 'Must not be negative.',
    tooManyDecimals: 'Too many decimal places (at most 4).',
    tooLarge: 'Too large.',
    percentOver100: 'A discount cannot exceed 100 %.',
  },
  zh: {
    required: '必填。',
    notANumber: '不是有效的数字。',
    negative: '不能为负数。',
    tooManyDecimals: '小数位过多（最多 4 位）。',
    tooLarge: '数值过大。',
    percentOver100: '折扣不能超过 100%。',
  },
} as const

/**
 * Quotes, orders and invoices: the server computes every line's net and tax and the document's
 * subtotal, tax and total from the items, whatever the client sent. Bad lines are refused with paths.
 */
export const computeDocumentTotals: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const items = (data.items ?? originalDoc?.items ?? []) as LineItemInput[]
  const inclusive = Boolean(data.pricesIncludeTax ?? originalDoc?.pricesIncludeTax)
  const result = computeTotals(items, inclusive)
  if (!result.ok) {
    const lang = toLanguage(req.i18n?.language)
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: result.errors.map((e) => ({ path: e.path, message: PROBLEM_MESSAGES[lang][e.problem] })),
      },
      req.t,
    )
  }
  data.items = items.map((item, index) => ({ ...item, ...result.totals.items[index] }))
  data.subtotal = result.totals.subtotal
  data.tax = result.totals.tax
  data.total = result.totals.total
  return data
}
