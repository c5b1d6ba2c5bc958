import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'
import { getAccessContext, grantFor } from './accessContext'
import { type ScopeFields, scopeWhere } from './scopeWhere'
import type { Action } from './types'

/** Where an access `Where` on a collection's documents applies to its versions (`version.<field>`). */
export function toVersionWhere(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) out[key] = value.map((w) => toVersionWhere(w as Where))
    else out[`version.${key}`] = value as Where[string]
  }
  return out
}

async function rowsFor(req: PayloadRequest, slug: string, action: Action, fields: ScopeFields): Promise<boolean | Where> {
  const context = await getAccessContext(req)
  if (!context) return false
  const grant = grantFor(context, slug, action)
  if (!grant) return false
  if (context.tenantId == null && !context.superAdmin) return false
  const where = await scopeWhere(req, context, grant.scope, fields, action === 'read' ? 'read' : 'write')
  return Object.keys(where).length === 0 ? true : where
}

/**
 * Access for a collection whose rows belong to a tenant: the role's grant decides the action, its
 * scope (and the active tenant) decides the rows. Create is checked against the tenant in hooks.
 */
export function tenantScopedAccess(slug: string, fields: ScopeFields): NonNullable<CollectionConfig['access']> {
  const forAction =
    (action: Action): Access =>
    ({ req }) =>
      rowsFor(req, slug, action, fields)
  return {
    create: async ({ req }) => {
      const context = await getAccessContext(req)
      return Boolean(context && grantFor(context, slug, 'create') && (context.tenantId != null || context.superAdmin))
    },
    read: forAction('read'),
    update: forAction('update'),
    // On collections with a recycle bin, `delete` moves a record there (an update of deletedAt);
    // deleting for good (purge) is for tenant admins only.
    delete: async ({ req, data }) => {
      const trashing = Boolean(data && typeof data === 'object' && 'deletedAt' in data && data.deletedAt != null)
      const collection = req.payload.collections[slug]?.config
      if (collection?.trash && !trashing) {
        const context = await getAccessContext(req)
        if (!context || !(context.tenantAdmin || context.superAdmin)) return false
      }
      return rowsFor(req, slug, 'delete', fields)
    },
    readVersions: async ({ req }) => {
      const result = await rowsFor(req, slug, 'read', fields)
      return typeof result === 'boolean' ? result : toVersionWhere(result)
    },
  }
}
