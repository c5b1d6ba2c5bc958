import { type Endpoint, Forbidden } from 'payload'
import { findTenant } from '../../access/activeTenant'
import { requestedEntity } from '../../access/requestedEntity'
import { typesForTenant } from './typesForTenant'

/**
 * GET /api/entity-schemas/types?entity=<slug> — the TypeScript declarations of the entity's custom
 * fields in the request's tenant (X-Tenant or the user's default), as a `.d.ts` text.
 */
export const typesEndpoint: Endpoint = {
  path: '/types',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const { tenantId, entity } = await requestedEntity(req)
    const tenant = await findTenant(req, String(tenantId))
    if (!tenant) throw new Forbidden(req.t)
    const source = await typesForTenant(req, tenant, entity)
    return new Response(source, {
      status: 200,
      headers: {
        'content-type': 'application/typescript; charset=utf-8',
        'content-disposition': `inline; filename="${entity}.d.ts"`,
      },
    })
  },
}
