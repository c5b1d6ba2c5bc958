import { idOf } from '../access/types'
import { Decimal } from '../money/decimal'

/** Which documents move stock, in which direction, and in which states their goods have moved. */
export const STOCK_DOCUMENTS = {
  // Goods leave the warehouse once an order ships; a completed order has shipped too.
  'sales-orders': { sign: -1, movedIn: ['shipped', 'completed'], kind: 'shipment' },
  // Goods arrive with a received purchase order.
  'purchase-orders': { sign: 1, movedIn: ['received'], kind: 'receipt' },
} as const

export type StockDocument = keyof typeof STOCK_DOCUMENTS

type Line = { product?: unknown; quantity?: unknown }

/**
 * The stock a document should have moved by now, per product id: nothing unless its status says the
 * goods moved, otherwise Σ quantity of its lines with a product, signed by direction.
 */
export function intendedMoves(slug: StockDocument, doc: { status?: unknown; items?: Line[] | null }): Map<string, Decimal> {
  const effect = STOCK_DOCUMENTS[slug]
  const moves = new Map<string, Decimal>()
  if (!(effect.movedIn as readonly string[]).includes(String(doc.status))) return moves
  for (const line of doc.items ?? []) {
    const product = idOf(line.product)
    if (product == null || line.quantity == null) continue
    const key = String(product)
    moves.set(key, (moves.get(key) ?? new Decimal(0)).plus(new Decimal(String(line.quantity)).times(effect.sign)))
  }
  return moves
}

/** What still has to move: intended minus what the ledger already holds for the document, zeros left out. */
export function outstandingMoves(intended: Map<string, Decimal>, recorded: Map<string, Decimal>): Map<string, Decimal> {
  const outstanding = new Map<string, Decimal>()
  for (const product of new Set([...intended.keys(), ...recorded.keys()])) {
    const delta = (intended.get(product) ?? new Decimal(0)).minus(recorded.get(product) ?? new Decimal(0))
    if (!delta.isZero()) outstanding.set(product, delta)
  }
  return outstanding
}
