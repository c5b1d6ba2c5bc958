import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../access/types'
import { Decimal } from '../money/decimal'

/**
 * A stock figure typed by hand (a stocktake, an opening balance) is a move too: the ledger records
 * the difference, so the product's stock always equals the sum of its moves.
 */
export const recordStockAdjustment: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = new Decimal(operation === 'create' ? '0' : previousDoc?.stock || '0')
  const after = new Decimal(doc.stock || '0')
  const delta = after.minus(before)
  if (delta.isZero()) return doc
  await req.payload.create({
    collection: 'stock-moves',
    data: {
      tenant: idOf(doc.tenant),
      product: doc.id,
      quantity: delta.toFixed(),
      stockAfter: after.toFixed(),
      kind: operation === 'create' ? 'opening' : 'adjustment',
      by: req.user?.id ?? null,
    },
    overrideAccess: true,
    req,
  })
  return doc
}
