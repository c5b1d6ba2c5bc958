import type { Access, Where } from 'payload'
import { getAccessContext } from '../access/accessContext'

/** An import is its importer's: the file may hold records others' roles cannot see. Tenant admins see all of the tenant's. */
export const ownImports =
  (userField: string): Access =>
  async ({ req }) => {
    const context = await getAccessContext(req)
    if (!context || context.tenantId == null) return false
    const inTenant: Where = { tenant: { equals: context.tenantId } }
    if (context.tenantAdmin || context.superAdmin) return inTenant
    return { and: [inTenant, { [userField]: { equals: context.userId } }] }
  }

/** Mapping templates are shared by everyone in the tenant. */
export const tenantMembers: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null) return false
  return { tenant: { equals: context.tenantId } }
}

/** Create needs a yes or no, not a query: anyone acting in a tenant may save a template. */
export const inATenant: Access = async ({ req }) => (await getAccessContext(req))?.tenantId != null

export const serverOnly: Access = () => false
