import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf, sameId } from '../access/types'
import { fill } from '../i18n/fill'
import { toLanguage } from '../i18n/language'

/** Conversions copy lines priced earlier: `context: { conversion: true }` exempts their create. */
export const CONVERSION_CONTEXT = 'conversion'

const MESSAGES = {
  en: 'The price book “{{book}}” no longer lists {{product}}: remove the line or choose another product.',
  zh: '价格表“{{book}}”已不再包含{{product}}：请删除该行或改选其他产品。',
} as const

type Row = { product?: unknown }

/**
 * A document with a price book may only add products that the book lists: a product taken out of the
 * book while a quote was open is refused on save, naming its line (`items.N.product`). Lines already
 * stored under the same book stay as they are (their price was agreed when they were added).
 */
export const assertPriceBookLines: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req, context }) => {
  if (context?.[CONVERSION_CONTEXT] || !Array.isArray(data.items)) return data
  const bookId = idOf(data.priceBook === undefined ? originalDoc?.priceBook : data.priceBook)
  if (bookId == null) return data
  const sameBook = originalDoc != null && sameId(originalDoc.priceBook, bookId)
  const stored = new Set(sameBook ? ((originalDoc.items ?? []) as Row[]).map((r) => String(idOf(r.product))) : [])
  const toCheck = (data.items as Row[])
    .map((row, index) => ({ index, product: idOf(row.product) }))
    .filter((l) => l.product != null && !stored.has(String(l.product)))
  if (toCheck.length === 0) return data
  const book = await req.payload.findByID({
    collection: 'price-books',
    id: bookId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!book) return data
  const listed = new Set(((book.entries ?? []) as { product?: unknown }[]).map((e) => String(idOf(e.product))))
  const missing = toCheck.filter((l) => !listed.has(String(l.product)))
  if (missing.length === 0) return data
  const { docs: products } = await req.payload.find({
    collection: 'products',
    where: { id: { in: missing.map((m) => m.product) } },
    pagination: false,
    depth: 0,
    select: { name: true, code: true },
    overrideAccess: true,
    req,
  })
  const nameOf = (id: unknown) => {
    const p = products.find((x) => sameId(x.id, id))
    return p ? `${p.name}${p.code ? ` (${p.code})` : ''}` : `#${id}`
  }
  const lang = toLanguage(req.i18n?.language)
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: missing.map((m) => ({
        path: `items.${m.index}.product`,
        message: fill(MESSAGES[lang], { book: book.name, product: nameOf(m.product) }),
      })),
    },
    req.t,
  )
}
