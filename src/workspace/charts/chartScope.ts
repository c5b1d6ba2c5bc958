import type { PayloadRequest, Where } from 'payload'
import { getAccessContext, grantFor } from '../../access/accessContext'
import { departmentTree } from '../../access/scopeWhere'
import type { Id } from '../../access/types'

/**
 * Whose records a chart counts: the whole tenant's (both lists null), or those owned by `owners` or
 * held by `departments` (either matches).
 */
export type ChartScope = { tenant: Id; owners: Id[] | null; departments: Id[] | null }

/**
 * A chart counts the records the user's read scope reaches by owner and department: the manager sees
 * the team, the rep their own, a tenant admin everyone. Records shared with the user or lying in the
 * pool are not counted: figures belong to whoever owns the record. Null when the user may not read the
 * collection at all.
 */
export async function chartScope(req: PayloadRequest, collection: string): Promise<ChartScope | null> {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null) return null
  const tenant = context.tenantId
  if (context.superAdmin || context.tenantAdmin) return { tenant, owners: null, departments: null }
  const grant = grantFor(context, collection, 'read')
  if (!grant) return null
  if (grant.scope === 'all') return { tenant, owners: null, departments: null }
  if (grant.scope === 'own' || context.departmentId == null) return { tenant, owners: [context.userId], departments: null }
  const departments =
    grant.scope === 'department' ? [context.departmentId] : await departmentTree(req, context, context.departmentId)
  return { tenant, owners: [context.userId], departments }
}

/** The scope as a `where` (for adapters without SQL): null for the whole tenant, a match-nothing when it reaches nobody. */
export function chartScopeWhere(scope: ChartScope): Where | null {
  if (!scope.owners && !scope.departments) return null
  const reach: Where[] = [
    ...(scope.owners?.length ? [{ owner: { in: scope.owners } }] : []),
    ...(scope.departments?.length ? [{ department: { in: scope.departments } }] : []),
  ]
  return reach.length > 0 ? { or: reach } : { id: { exists: false } }
}
