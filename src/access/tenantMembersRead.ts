import type { Access } from 'payload'
import { getAccessContext } from './accessContext'

/**
 * Reference data every member of a tenant needs to see to work (role and department names in
 * their own profile, pickers): readable by all members, still only within the active tenant.
 */
export const tenantMembersRead: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context) return false
  if (context.tenantId == null) return context.superAdmin
  return { tenant: { equals: context.tenantId } }
}
