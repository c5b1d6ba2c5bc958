import type { Endpoint } from 'payload'
import { documentId, jsonBody } from '../endpoints/requestParams'
import { handOver } from './handOver'

/** POST /api/hand-over { from, to } — everything one person owns in the tenant goes to another. */
export const handOverEndpoint: Endpoint = {
  path: '/hand-over',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const body = await jsonBody(req)
    return Response.json(await handOver(req, documentId(req, body.from), documentId(req, body.to)))
  },
}
