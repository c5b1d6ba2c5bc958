import type { Endpoint } from 'payload'
import { requestedEntity } from '../../access/requestedEntity'
import { findReferences } from '.'

/**
 * GET /api/entity-schemas/references?entity=<slug>&key=<key> — every place in the active tenant that reads
 * `custom.<key>`: versions' rules, layouts and list views, export templates (and later engines).
 */
export const referencesEndpoint: Endpoint = {
  path: '/references',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const { tenantId, entity } = await requestedEntity(req)
    const key = String(req.searchParams?.get('key') ?? '')
    return Response.json({ entity, key, places: await findReferences(req, tenantId, entity, key) })
  },
}
