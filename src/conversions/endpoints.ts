import type { Endpoint } from 'payload'
import { jsonBody, routeId } from '../endpoints/requestParams'
import { convertDocument, raisePurchaseOrders } from './convertDocument'
import { convertLead } from './convertLead'

/** POST /api/leads/:id/convert { accountId?, opportunity? } */
export const convertLeadEndpoint: Endpoint = {
  path: '/:id/convert',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await convertLead(req, routeId(req), await jsonBody(req)), { status: 201 }),
}

/** POST /api/quotes/:id/convert-to-order */
export const quoteToOrderEndpoint: Endpoint = {
  path: '/:id/convert-to-order',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await convertDocument(req, 'quotes', 'sales-orders', routeId(req)), { status: 201 }),
}

/** POST /api/sales-orders/:id/convert-to-invoice */
export const orderToInvoiceEndpoint: Endpoint = {
  path: '/:id/convert-to-invoice',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await convertDocument(req, 'sales-orders', 'invoices', routeId(req)), { status: 201 }),
}

/** POST /api/sales-orders/:id/purchase-orders */
export const raisePurchaseOrdersEndpoint: Endpoint = {
  path: '/:id/purchase-orders',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json(await raisePurchaseOrders(req, routeId(req)), { status: 201 }),
}
