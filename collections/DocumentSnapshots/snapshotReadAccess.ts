import type { Access, AccessResult, Where } from 'payload'
import { getAccessContext, grantFor } from '../../src/access/accessContext'
import { scopeWhere } from '../../src/access/scopeWhere'
import { TEMPLATE_ENTITIES } from '../../src/printing/templateEntities'

/**
 * A snapshot is as visible as its record: per kind of record, the reader's grant on that collection
 * and its scope, applied to the owner and department copied from the record when it was printed.
 */
export const snapshotReadAccess: Access = async ({ req }): Promise<AccessResult> => {
  const context = await getAccessContext(req)
  if (!context) return false
  if (context.tenantId == null) return context.superAdmin
  if (context.superAdmin || context.tenantAdmin) return { tenant: { equals: context.tenantId } }
  const clauses: Where[] = []
  for (const entity of TEMPLATE_ENTITIES) {
    const grant = grantFor(context, entity, 'read')
    if (!grant) continue
    const owned = Boolean(req.payload.collections[entity]?.config.custom?.owned)
    const scoped = await scopeWhere(req, context, grant.scope, { owned }, 'read')
    clauses.push({ and: [{ entity: { equals: entity } }, scoped] })
  }
  return clauses.length === 0 ? false : { or: clauses }
}
