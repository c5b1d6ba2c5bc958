import { APIError, type Endpoint } from 'payload'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { searchRecords } from './searchRecords'

/**
 * GET /api/workspace/search?q=…[&entity=…&page=…] — the global search: a few hits per entity, or one
 * entity's hits page by page. Signed-in users only; what each may read decides what they find.
 */
export const searchEndpoint: Endpoint = {
  path: '/workspace/search',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    if (!req.user) throw new APIError('Unauthorized', 401)
    const params = req.searchParams
    const entity = params.get('entity') ?? undefined
    if (entity && !(BUSINESS_COLLECTIONS as readonly string[]).includes(entity)) throw new APIError('Not Found', 404)
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
    const groups = await searchRecords(req, params.get('q') ?? '', { entity, page })
    return Response.json({ groups })
  },
}
