import { type Endpoint, NotFound, type PayloadRequest } from 'payload'
import { jsonBody, routeId } from '../endpoints/requestParams'
import { erasePersonalData } from './erasePersonalData'
import { exportPersonalData } from './exportPersonalData'
import { isPersonCollection, type PersonCollection } from './personalFields'

const personCollection = (req: PayloadRequest): PersonCollection => {
  const collection = String(req.routeParams?.collection ?? '')
  if (!isPersonCollection(collection)) throw new NotFound(req.t)
  return collection
}

/**
 * GET /api/personal-data/:collection/:id/export — a download of everything held about a contact or lead.
 * POST /api/personal-data/:collection/:id/erase { reason } — anonymise them everywhere.
 */
export const personalDataEndpoints: Endpoint[] = [
  {
    path: '/personal-data/:collection/:id/export',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      const collection = personCollection(req)
      const id = routeId(req)
      const document = await exportPersonalData(req, collection, id)
      return new Response(JSON.stringify(document, null, 2), {
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="personal-data-${collection}-${id}.json"`,
          'cache-control': 'no-store',
        },
      })
    },
  },
  {
    path: '/personal-data/:collection/:id/erase',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const collection = personCollection(req)
      const body = await jsonBody(req)
      return Response.json(await erasePersonalData(req, collection, routeId(req), body.reason))
    },
  },
]
