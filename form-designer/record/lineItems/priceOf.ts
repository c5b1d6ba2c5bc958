/** A price book's entries as the REST API returns them (depth 0 or populated products). */
export type PriceBookEntries = { product: unknown; unitPrice?: string | null }[]

const idOf = (v: unknown) => (v != null && typeof v === 'object' ? (v as { id: unknown }).id : v)

/**
 * The unit price a new line starts with: the document's price book entry for the product, else the
 * product's list price (its sale price), else nothing (the user types one).
 */
export function priceOf(
  product: { id: string | number; salePrice?: string | null },
  entries: PriceBookEntries | null,
): { unitPrice: string; from: 'priceBook' | 'listPrice' | 'none' } {
  const entry = entries?.find((e) => String(idOf(e.product)) === String(product.id))
  if (entry?.unitPrice) return { unitPrice: entry.unitPrice, from: 'priceBook' }
  if (product.salePrice) return { unitPrice: product.salePrice, from: 'listPrice' }
  return { unitPrice: '', from: 'none' }
}
