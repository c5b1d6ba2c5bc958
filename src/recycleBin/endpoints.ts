import type { Endpoint, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { pageParams, routeId } from '../endpoints/requestParams'
import { listBin, purge, restore } from './recycleBin'

const params = (req: PayloadRequest): { collection: string; id: Id } => ({
  collection: String(req.routeParams?.collection ?? ''),
  id: routeId(req),
})

/** GET /api/recycle-bin, POST /api/recycle-bin/:collection/:id/restore, DELETE /api/recycle-bin/:collection/:id */
export const recycleBinEndpoints: Endpoint[] = [
  {
    path: '/recycle-bin',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      const { page, limit } = pageParams(req.searchParams)
      return Response.json(await listBin(req, page, limit))
    },
  },
  {
    path: '/recycle-bin/:collection/:id/restore',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const { collection, id } = params(req)
      return Response.json({ doc: await restore(req, collection, id) })
    },
  },
  {
    path: '/recycle-bin/:collection/:id',
    method: 'delete',
    custom: { formwork: true },
    handler: async (req) => {
      const { collection, id } = params(req)
      return Response.json({ doc: await purge(req, collection, id) })
    },
  },
]
