import type { Access, Where } from 'payload'
import { getAccessContext, grantFor } from '../../access/accessContext'
import type { AccessContext } from '../../access/types'

/** Shared views (for a role or the whole tenant) are managed by tenant admins and roles granted `saved-views`. */
export const managesSharedViews = (context: AccessContext, action: 'create' | 'update' | 'delete', slug = 'saved-views') =>
  context.superAdmin || context.tenantAdmin || Boolean(grantFor(context, slug, action))

const inTenant = (context: AccessContext): Where => (context.tenantId == null ? {} : { tenant: { equals: context.tenantId } })

/** Everyone reads their own views, their roles' views and the tenant's views; nobody reads a colleague's own. */
export const readSavedViews: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context || (context.tenantId == null && !context.superAdmin)) return false
  const visible: Where = {
    or: [
      { scope: { equals: 'tenant' } },
      { and: [{ scope: { equals: 'role' } }, { roleKey: { in: context.roleKeys.length > 0 ? context.roleKeys : ['-'] } }] },
      { and: [{ scope: { equals: 'user' } }, { user: { equals: context.userId } }] },
    ],
  }
  return context.tenantId == null ? visible : { and: [inTenant(context), visible] }
}

/** Any member may save views (their own); which scope they may choose is checked on the data. */
export const createSavedViews: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  return Boolean(context && !context.readOnly && (context.tenantId != null || context.superAdmin))
}

/** Own views always; shared ones for those who manage them (also reports and dashboards, by their slug). */
export const changeSavedViews =
  (action: 'update' | 'delete', slug = 'saved-views'): Access =>
  async ({ req }) => {
    const context = await getAccessContext(req)
    if (!context || context.readOnly || (context.tenantId == null && !context.superAdmin)) return false
    const own: Where = { and: [{ scope: { equals: 'user' } }, { user: { equals: context.userId } }] }
    const rows: Where = managesSharedViews(context, action, slug) ? { or: [own, { scope: { in: ['role', 'tenant'] } }] } : own
    return context.tenantId == null ? rows : { and: [inTenant(context), rows] }
  }
