import type { Endpoint } from 'payload'
import { jsonBody, routeId } from '../endpoints/requestParams'
import { publish } from './publish'

/**
 * POST /api/entity-schemas/:id/publish — the draft becomes the version that applies. A draft that
 * converts stored values is refused (409, with its dry run) until the body says `{ "confirm": true }`.
 */
export const publishEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const body = await jsonBody(req).catch(() => ({}) as Record<string, unknown>)
    return Response.json({ doc: await publish(req, routeId(req), { confirmed: body.confirm === true }) })
  },
}
