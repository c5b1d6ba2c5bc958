import type { Endpoint } from 'payload'
import { requestedEntity } from '../access/requestedEntity'
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
    const { tenantId, entity } = await requestedEntity(req)
    const rules = await fieldRulesFor(req, entity, tenantId, false)
    return Response.json({ entity, rules: Object.fromEntries([...rules.values()].map((r) => [r.path, r.level])) })
  },
}
