import type { Access, Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'

/**
 * An approval request is read by its submitter and everyone named in its steps; tenant admins read
 * all of their tenant's. Always within the active tenant.
 */
export const approvalRequestsRead: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context) return false
  if (context.tenantId == null) return context.superAdmin
  const tenant: Where = { tenant: { equals: context.tenantId } }
  if (context.superAdmin || context.tenantAdmin) return tenant
  return { and: [tenant, { participants: { equals: context.userId } }] }
}
