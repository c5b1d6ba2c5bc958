import { APIError, type PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { lockRowForUpdate } from '../concurrency/rawSql'
import { message, toLanguage } from '../i18n'
import { CONVERSION_CONTEXT } from '../money/assertPriceBookLines'
import { atomically } from './atomically'
import { undoCreate } from './undoCreate'

type Line = { product?: unknown; description?: string; quantity: string; unitPrice: string; discount?: string; taxRate?: string }

const copyLines = (items: Line[] | undefined) =>
  (items ?? []).map(({ product, description, quantity, unitPrice, discount, taxRate }) => ({
    product: idOf(product),
    description,
    quantity,
    unitPrice,
    discount,
    taxRate,
  }))

const HEADER = [
  'account',
  'contact',
  'opportunity',
  'priceBook',
  'currency',
  'exchangeRate',
  'pricesIncludeTax',
  'billingAddress',
  'shippingAddress',
  'terms',
  'subject',
] as const

function header(source: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const key of HEADER)
    if (source[key] !== undefined)
      out[key] =
        typeof source[key] === 'object' && source[key] && 'id' in (source[key] as object) ? idOf(source[key]) : source[key]
  return out
}

/**
 * A quote becomes a sales order, a sales order an invoice: the lines are copied, totals recomputed
 * by the target's own rules, and the link kept both ways. Converting twice is refused, also when two
 * conversions of one document run at the same instant: the source's forward link (`salesOrder`,
 * `invoice`) is set once by a compare-and-set (`setOnce`), and the loser's new document is rolled
 * back (PostgreSQL) or undone (SQLite).
 */
export async function convertDocument(
  req: PayloadRequest,
  from: 'quotes' | 'sales-orders',
  to: 'sales-orders' | 'invoices',
  id: Id,
): Promise<{ id: Id }> {
  const lang = toLanguage(req.i18n?.language)
  const write = { overrideAccess: false, user: req.user, req } as const
  const source = (await req.payload.findByID({ collection: from, id, depth: 0, ...write })) as Record<string, unknown>
  const forward = from === 'quotes' ? 'salesOrder' : 'invoice'
  const backward = from === 'quotes' ? 'quote' : 'salesOrder'
  if (source[forward]) throw new APIError(message(lang, 'alreadyConverted'), 409, { existing: idOf(source[forward]) }, true)
  if (to === 'invoices') {
    // Orders invoiced before the forward link existed have only the invoice's back link.
    const { docs } = await req.payload.find({
      collection: 'invoices',
      where: { salesOrder: { equals: id } },
      limit: 1,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    if (docs.length > 0) throw new APIError(message(lang, 'alreadyConverted'), 409, { existing: docs[0].id }, true)
  }
  return atomically(req, async (onUndo) => {
    // PostgreSQL: racers queue here and then see the winner's committed link, instead of each
    // creating a document whose foreign key share-locks the source while they wait (a deadlock).
    await lockRowForUpdate(req, from, id)
    const locked = await req.payload.db.findOne<{ id: Id } & Record<string, unknown>>({
      collection: from,
      where: { id: { equals: id } },
      req,
    })
    if (locked?.[forward]) throw new APIError(message(lang, 'alreadyConverted'), 409, { existing: idOf(locked[forward]) }, true)
    const target = await req.payload.create({
      collection: to,
      data: {
        ...header(source),
        owner: idOf(source.owner),
        department: idOf(source.department),
        items: copyLines(source.items as Line[]),
        [backward]: id,
      },
      // The lines were priced when the source was made; the price book may have changed since.
      context: { [CONVERSION_CONTEXT]: true },
      ...write,
    })
    onUndo(() => undoCreate(req, to, target.id))
    // Without transactions (SQLite) a link set by the guard below would outlive a failed update.
    onUndo(() => compareAndSet(req, from, id, { [forward]: { equals: target.id } }, { [forward]: null }))
    // The guard: of racing conversions only one sets the link; the others get 409 here.
    await req.payload.update({ collection: from, id, data: { [forward]: target.id }, ...write })
    return { id: target.id }
  })
}

/**
 * A sales order raises one purchase order per vendor of its products (lines without a vendor stay
 * unordered and are listed), each linked back to the order.
 */
export async function raisePurchaseOrders(
  req: PayloadRequest,
  salesOrderId: Id,
): Promise<{ purchaseOrders: Id[]; withoutVendor: number[] }> {
  const write = { overrideAccess: false, user: req.user, req } as const
  const order = (await req.payload.findByID({ collection: 'sales-orders', id: salesOrderId, depth: 0, ...write })) as Record<
    string,
    unknown
  >
  const lines = (order.items as Line[] | undefined) ?? []
  const productIds = lines.map((l) => idOf(l.product)).filter((p): p is Id => p != null)
  const { docs: products } = await req.payload.find({
    collection: 'products',
    where: { id: { in: productIds } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: false,
    user: req.user,
  })
  const vendorOf = new Map(products.map((p) => [String(p.id), idOf(p.vendor)]))
  const byVendor = new Map<string, Line[]>()
  const withoutVendor: number[] = []
  lines.forEach((line, index) => {
    const vendor = vendorOf.get(String(idOf(line.product)))
    if (vendor == null) withoutVendor.push(index)
    else byVendor.set(String(vendor), [...(byVendor.get(String(vendor)) ?? []), line])
  })
  return atomically(req, async (onUndo) => {
    const created: Id[] = []
    for (const [vendor, vendorLines] of byVendor) {
      // Purchase at cost: the product's cost price when it has one, else the sold price.
      const items = copyLines(vendorLines).map((line) => {
        const product = products.find((p) => String(p.id) === String(line.product))
        return { ...line, unitPrice: (product?.costPrice as string | undefined) || line.unitPrice, discount: '0' }
      })
      const po = await req.payload.create({
        collection: 'purchase-orders',
        data: {
          vendor: Number.isNaN(Number(vendor)) ? vendor : Number(vendor),
          salesOrder: salesOrderId,
          currency: order.currency,
          items,
          owner: idOf(order.owner),
          department: idOf(order.department),
        },
        ...write,
      })
      onUndo(() => undoCreate(req, 'purchase-orders', po.id))
      created.push(po.id)
    }
    return { purchaseOrders: created, withoutVendor }
  })
}
