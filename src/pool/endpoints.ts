import type { Endpoint } from 'payload'
import type { Id } from '../access/types'
import { jsonBody, routeId } from '../endpoints/requestParams'
import { assign, claim, type PoolCollection, returnToPool } from './poolMoves'

/** POST /:id/claim, /:id/assign { owner }, /:id/return { reason } on a pool collection. */
export const poolEndpoints = (collection: PoolCollection): Endpoint[] => [
  {
    path: '/:id/claim',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json({ doc: await claim(req, collection, routeId(req)) }),
  },
  {
    path: '/:id/assign',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) =>
      Response.json({ doc: await assign(req, collection, routeId(req), (await jsonBody(req)).owner as Id) }),
  },
  {
    path: '/:id/return',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) =>
      Response.json({ doc: await returnToPool(req, collection, routeId(req), (await jsonBody(req)).reason) }),
  },
]
