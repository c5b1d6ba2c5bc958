import { APIError, type PayloadRequest, type Where } from 'payload'
import type { Id } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { Decimal } from '../money/decimal'

const ATTEMPTS = 20

/**
 * Add `delta` to a product's stock without losing a concurrent change: read, then write only if the
 * stock is still what was read (one atomic UPDATE … WHERE stock = old), else read again. Returns the
 * stock after the change. Writes below the collection's hooks on purpose: the ledger row is the record.
 */
export async function adjustStock(req: PayloadRequest, productId: Id, delta: Decimal): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const product = await req.payload.findByID({
      collection: 'products',
      id: productId,
      depth: 0,
      overrideAccess: true,
      trash: true,
      req,
      disableErrors: true,
      select: { stock: true },
    })
    if (!product) throw new APIError(`Product ${productId} does not exist.`, 400)
    const stored = product.stock as string | null | undefined
    const next = new Decimal(stored || '0').plus(delta).toFixed()
    // A product saved before stock had a default holds null (or ''): compare with exactly that.
    const stockCondition: Where = stored
      ? { stock: { equals: stored } }
      : { or: [{ stock: { exists: false } }, { stock: { equals: '' } }] }
    const updated = await compareAndSet(req, 'products', productId, stockCondition, { stock: next })
    if (updated) return next
  }
  throw new APIError(`The stock of product ${productId} keeps changing; try again.`, 409)
}
