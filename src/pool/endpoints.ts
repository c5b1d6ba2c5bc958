import type { Endpoint, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { assign, claim, type PoolCollection, returnToPool } from './poolMoves'

const idOfRoute = (req: PayloadRequest): Id => {
  const raw = String(req.routeParams?.id ?? '')
  return req.payload.db.defaultIDType === 'number' ? Number(raw) : raw
}
const body = async (req: PayloadRequest) => (req.json ? await req.json().catch(() => ({})) : {})

/** POST /:id/claim, /:id/assign { owner }, /:id/return { reason } on a pool collection. */
export const poolEndpoints = (collection: PoolCollection): Endpoint[] => [
  {
    path: '/:id/claim',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json({ doc: await claim(req, collection, idOfRoute(req)) }),
  },
  {
    path: '/:id/assign',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json({ doc: await assign(req, collection, idOfRoute(req), (await body(req)).owner) }),
  },
  {
    path: '/:id/return',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json({ doc: await returnToPool(req, collection, idOfRoute(req), (await body(req)).reason) }),
  },
]
