import type { Access } from 'payload'
import { getAccessContext } from '../../src/access/accessContext'

export const isSuperAdmin: Access = ({ req }) => Boolean((req.user as { isSuperAdmin?: boolean } | null)?.isSuperAdmin)

/** A user sees the tenants they are a member of and the groups of their classes. */
export const reachableTenants: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context) return false
  if (context.superAdmin) return true
  return { id: { in: context.reachableTenantIds } }
}

/** A tenant admin edits its own tenant's details. */
export const canUpdateTenant: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context) return false
  if (context.superAdmin) return true
  return context.tenantAdmin && context.tenantId != null ? { id: { equals: context.tenantId } } : false
}
