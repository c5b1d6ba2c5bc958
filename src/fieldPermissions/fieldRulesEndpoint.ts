import { type Endpoint, Forbidden } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { BUSINESS_COLLECTIONS } from '../access/permissionedCollections'
import { invalidField } from '../printing/errors'
import { fieldRulesFor } from './fieldRulesFor'

/**
 * GET /api/entity-schemas/field-rules?entity=<slug> — the fields restricted for the signed-in user in the
 * active tenant, `{ entity, rules: { "<field or custom.key>": "hidden" | "readOnly" | "masked" } }`, so
 * forms can leave hidden fields out and show read-only and masked ones as such (the server enforces them
 * whatever a form does).
 */
export const fieldRulesEndpoint: Endpoint = {
  path: '/field-rules',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const context = await getAccessContext(req)
    if (!context || context.tenantId == null) throw new Forbidden(req.t)
    const entity = String(req.searchParams.get('entity') ?? '')
    if (!(BUSINESS_COLLECTIONS as readonly string[]).includes(entity))
      throw invalidField(req, 'entity', 'customTypesEntityUnknown', { entity })
    const rules = await fieldRulesFor(req, entity, context.tenantId, false)
    return Response.json({ entity, rules: Object.fromEntries([...rules.values()].map((r) => [r.path, r.level])) })
  },
}
