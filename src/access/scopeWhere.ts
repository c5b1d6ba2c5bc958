import type { PayloadRequest, Where } from 'payload'
import type { AccessContext, Id, Scope } from './types'

export type ScopeFields = {
  /** The collection has an `owner` (and `department`) and so honours own/department scopes. */
  owned: boolean
  /** Users in `sharedWith` see a record as if they owned it. */
  shared?: boolean
  /** Records without an owner form the public pool (公海), which everyone may browse (not edit). */
  pool?: boolean
}

/**
 * The rows a scope reaches, as a `Where`, so lists are filtered rather than refused.
 * Collections without owners (departments, roles, …) are scoped by tenant alone.
 */
export async function scopeWhere(
  req: PayloadRequest,
  context: AccessContext,
  scope: Scope,
  fields: ScopeFields,
  action: 'read' | 'write' = 'read',
): Promise<Where> {
  const clauses: Where[] = []
  if (context.tenantId != null) clauses.push({ tenant: { equals: context.tenantId } })
  if (fields.owned && !context.superAdmin && scope !== 'all')
    clauses.push(await ownershipWhere(req, context, scope, fields, action))
  if (clauses.length === 0) return {}
  return clauses.length === 1 ? clauses[0] : { and: clauses }
}

async function ownershipWhere(
  req: PayloadRequest,
  context: AccessContext,
  scope: Scope,
  fields: ScopeFields,
  action: 'read' | 'write',
) {
  const mine: Where[] = [{ owner: { equals: context.userId } }]
  if (fields.pool && action === 'read') mine.push({ owner: { exists: false } })
  if (fields.shared) mine.push({ sharedWith: { contains: context.userId } })
  if (scope !== 'own' && context.departmentId != null) {
    const departments = scope === 'department' ? [context.departmentId] : await departmentTree(req, context, context.departmentId)
    mine.push({ department: { in: departments } })
  }
  return mine.length === 1 ? mine[0] : { or: mine }
}

/** A department and every department below it, at any depth, within the active tenant. */
export async function departmentTree(req: PayloadRequest, context: AccessContext, rootId: Id): Promise<Id[]> {
  const cacheKey = `formworkDepartmentTree:${context.tenantId}:${rootId}`
  if (req.context[cacheKey]) return req.context[cacheKey] as Id[]
  const { docs } = await req.payload.find({
    collection: 'departments',
    where: { tenant: { equals: context.tenantId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { parent: true },
  })
  const children = new Map<string, Id[]>()
  for (const doc of docs as { id: Id; parent?: Id | null }[]) {
    if (doc.parent == null) continue
    const key = String(doc.parent)
    children.set(key, [...(children.get(key) ?? []), doc.id])
  }
  const result: Id[] = []
  const seen = new Set<string>()
  const queue: Id[] = [rootId]
  while (queue.length > 0) {
    const id = queue.shift() as Id
    if (seen.has(String(id))) continue
    seen.add(String(id))
    result.push(id)
    queue.push(...(children.get(String(id)) ?? []))
  }
  req.context[cacheKey] = result
  return result
}
