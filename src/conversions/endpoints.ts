import type { Endpoint, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { convertDocument, raisePurchaseOrders } from './convertDocument'
import { convertLead } from './convertLead'

const idParam = (req: PayloadRequest): Id => {
  const raw = String(req.routeParams?.id ?? '')
  return req.payload.db.defaultIDType === 'number' ? Number(raw) : raw
}

const body = async (req: PayloadRequest) => (req.json ? await req.json().catch(() => ({})) : {})

/** POST /api/leads/:id/convert { accountId?, opportunity? } */
export const convertLeadEndpoint: Endpoint = {
  path: '/:id/convert',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await convertLead(req, idParam(req), await body(req)), { status: 201 }),
}

/** POST /api/quotes/:id/convert-to-order */
export const quoteToOrderEndpoint: Endpoint = {
  path: '/:id/convert-to-order',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await convertDocument(req, 'quotes', 'sales-orders', idParam(req)), { status: 201 }),
}

/** POST /api/sales-orders/:id/convert-to-invoice */
export const orderToInvoiceEndpoint: Endpoint = {
  path: '/:id/convert-to-invoice',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await convertDocument(req, 'sales-orders', 'invoices', idParam(req)), { status: 201 }),
}

/** POST /api/sales-orders/:id/purchase-orders */
export const raisePurchaseOrdersEndpoint: Endpoint = {
  path: '/:id/purchase-orders',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await raisePurchaseOrders(req, idParam(req)), { status: 201 }),
}
