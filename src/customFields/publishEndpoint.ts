import type { Endpoint } from 'payload'
import { routeId } from '../endpoints/requestParams'
import { publish } from './publish'

/** POST /api/entity-schemas/:id/publish — the draft becomes the version that applies. */
export const publishEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => Response.json({ doc: await publish(req, routeId(req)) }),
}
