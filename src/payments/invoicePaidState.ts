import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { Decimal, money, ZERO } from '../money/decimal'

/**
 * An invoice's amount paid and paid state follow its received payments: recomputed from all of them
 * (not incremented), so the figure is right whichever payment changed or disappeared.
 */
async function recompute(req: PayloadRequest, invoiceId: Id) {
  const invoice = await req.payload.findByID({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!invoice) return
  const { docs } = await req.payload.find({
    collection: 'payments',
    where: { and: [{ invoice: { equals: invoiceId } }, { kind: { equals: 'received' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { amount: true },
  })
  const paid = docs.reduce((sum, p) => sum.plus(new Decimal((p as { amount?: string }).amount ?? 0)), ZERO)
  const total = new Decimal((invoice.total as string) ?? 0)
  const settled = ['void', 'draft'].includes(invoice.status as string)
  const status = settled
    ? invoice.status
    : paid.isZero()
      ? 'issued'
      : paid.greaterThanOrEqualTo(total)
        ? 'paid'
        : 'partially-paid'
  if (invoice.amountPaid === money(paid) && invoice.status === status) return
  await req.payload.update({
    collection: 'invoices',
    id: invoiceId,
    data: { amountPaid: money(paid), status },
    overrideAccess: true,
    req,
    // A version the client sent for the payment says nothing about the invoice; a payment received
    // is a fact, so an invoice waiting for approval still records it.
    context: { skipVersionCheck: true, skipApprovalLock: true },
  })
}

export const invoiceFollowsPayment: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const invoices = new Set([idOf(doc.invoice), idOf(previousDoc?.invoice)].filter((id): id is Id => id != null).map(String))
  for (const id of invoices) await recompute(req, Number.isNaN(Number(id)) ? id : Number(id))
  return doc
}

export const invoiceFollowsPaymentDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const id = idOf(doc.invoice)
  if (id != null) await recompute(req, id)
  return doc
}
