import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { Decimal } from '../money/decimal'
import { adjustStock } from './adjustStock'
import { intendedMoves, outstandingMoves, STOCK_DOCUMENTS, type StockDocument } from './stockEffect'

/** Net quantity the ledger already holds for one document, per product. */
async function recordedMoves(req: PayloadRequest, slug: StockDocument, id: Id): Promise<Map<string, Decimal>> {
  const recorded = new Map<string, Decimal>()
  let page = 1
  for (;;) {
    const result = await req.payload.find({
      collection: 'stock-moves',
      where: { and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { equals: id } }] },
      depth: 0,
      limit: 500,
      page,
      overrideAccess: true,
      req,
      select: { product: true, quantity: true },
    })
    for (const move of result.docs) {
      const key = String(idOf(move.product))
      recorded.set(key, (recorded.get(key) ?? new Decimal(0)).plus(new Decimal(String(move.quantity))))
    }
    if (!result.hasNextPage) return recorded
    page++
  }
}

/**
 * After every save of an order, bring the stock ledger in line with the document: what its status and
 * lines say should have moved, minus what already did. Shipping moves goods out, cancelling a shipped
 * order puts them back, editing the lines of a shipped order moves the difference; saving again moves
 * nothing. Within PostgreSQL's transaction the document and its moves commit together.
 */
export function reconcileStock(slug: StockDocument): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const intended = intendedMoves(slug, doc)
    const recorded = await recordedMoves(req, slug, doc.id)
    const outstanding = outstandingMoves(intended, recorded)
    const kind = STOCK_DOCUMENTS[slug].kind
    // Products in a fixed order, so two orders sharing products never lock them in opposite orders.
    const products = [...outstanding.keys()].sort()
    for (const product of products) {
      const quantity = outstanding.get(product) as Decimal
      const productId: Id = Number.isNaN(Number(product)) ? product : Number(product)
      const stockAfter = await adjustStock(req, productId, quantity)
      const reverses = intended.get(product) == null || intended.get(product)?.isZero()
      await req.payload.create({
        collection: 'stock-moves',
        data: {
          tenant: idOf(doc.tenant),
          product: productId,
          quantity: quantity.toFixed(),
          stockAfter,
          kind: reverses ? `${kind}-reversal` : kind,
          document: { relationTo: slug, value: doc.id },
          by: req.user?.id ?? null,
        },
        overrideAccess: true,
        req,
      })
    }
    return doc
  }
}
