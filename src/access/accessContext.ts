import type { PayloadRequest } from 'payload'
import { findTenant, noTenantAccess, requestedTenant, type TenantDoc } from './activeTenant'
import { type AccessContext, type Action, type Grant, type Id, idOf, sameId, wider } from './types'

type Membership = { tenant: unknown; roles?: unknown[] | null; department?: unknown }
type RoleDoc = {
  id: Id
  key?: string | null
  tenant: unknown
  isTenantAdmin?: boolean | null
  poolQuota?: number | null
  maskPersonalData?: boolean | null
  managePersonalData?: boolean | null
  overrideNumbers?: boolean | null
  permissions?: { collection: string; actions?: Action[] | null; scope?: Grant['scope'] | null }[] | null
}
type UserShape = { id: Id; isSuperAdmin?: boolean | null; memberships?: Membership[] | null; active?: boolean | null }

const CACHE_KEY = 'formworkAccess'

/**
 * A request context whose access answers are shared by every request given it (`{ context }`): a job
 * writing row after row as one user (an import) resolves who the user is once, not for every row.
 * Take a new one to see role and membership changes made since.
 */
export const sharedAccessContext = (): Record<string, unknown> => ({ [CACHE_KEY]: {} })

/**
 * Resolve who the user is in the tenant this request acts in, once per request.
 * Throws 403 when the X-Tenant header names a tenant the user does not reach.
 */
export async function getAccessContext(req: PayloadRequest): Promise<AccessContext | null> {
  const user = req.user as unknown as UserShape | null
  if (!user || (req.user as { collection?: string }).collection !== 'users') return null
  const requested = requestedTenant(req)
  const cacheKey = `${user.id}:${requested?.value ?? ''}`
  req.context[CACHE_KEY] ??= {}
  // The promise is kept, not its result: Payload asks every collection's access at once when it
  // computes permissions, and a cache filled only after the first answer let each of those ~180
  // concurrent checks read the roles and tenants again.
  const cache = req.context[CACHE_KEY] as Record<string, Promise<AccessContext>>
  cache[cacheKey] ??= resolve(req, user, requested)
  return cache[cacheKey]
}

async function resolve(
  req: PayloadRequest,
  user: UserShape,
  requested: ReturnType<typeof requestedTenant>,
): Promise<AccessContext> {
  const superAdmin = Boolean(user.isSuperAdmin)
  const listed = (user.memberships ?? []).filter((m) => idOf(m.tenant) != null)
  const { groupIds, closed } = await aroundMemberships(
    req,
    listed.map((m) => idOf(m.tenant) as Id),
  )
  // A closed lab: a membership in a closed group (its students) grants nothing at all; one in a closed
  // class (its teacher) still reads, for grading.
  const memberships = listed.filter((m) => closed.get(String(idOf(m.tenant))) !== 'shut')
  const memberTenantIds = memberships.map((m) => idOf(m.tenant) as Id)
  const base = {
    userId: user.id,
    superAdmin,
    reachableTenantIds: [...memberTenantIds, ...groupIds],
    poolQuota: null as number | null,
    maskPersonalData: false,
    managePersonalData: false,
    overrideNumbers: false,
    roleKeys: [] as string[],
  }
  if (user.active === false) {
    return { ...base, tenantId: null, readOnly: true, tenantAdmin: false, grants: {}, departmentId: null }
  }

  let tenant: TenantDoc | null = null
  if (requested) {
    tenant = await findTenant(req, requested.value)
    const reachable = tenant && (superAdmin || base.reachableTenantIds.some((id) => sameId(id, tenant?.id)))
    if (!reachable) {
      // A stale cookie (a tenant since left) falls back to the default; an explicit header is refused.
      if (requested.source === 'header') throw noTenantAccess(req, requested.value)
      tenant = null
    }
  }
  const tenantId: Id | null = tenant?.id ?? (superAdmin ? null : (memberTenantIds[0] ?? null))
  if (superAdmin) {
    return { ...base, tenantId, readOnly: false, tenantAdmin: true, grants: {}, departmentId: null, managePersonalData: true }
  }

  const direct = memberships.find((m) => sameId(idOf(m.tenant), tenantId))
  if (direct) {
    // A closed class: its teacher reads everything in it, as in its groups, and changes nothing.
    if (closed.get(String(tenantId)) === 'readOnly') {
      const grants: Record<string, Grant> = { '*': { actions: ['read'], scope: 'all' } }
      return { ...base, tenantId, readOnly: true, tenantAdmin: false, grants, departmentId: idOf(direct.department) }
    }
    const roles = await loadRoles(req, direct.roles ?? [], tenantId)
    return {
      ...base,
      poolQuota: poolQuotaOf(roles),
      maskPersonalData: masksPersonalData(roles),
      managePersonalData: roles.some((r) => r.isTenantAdmin || r.managePersonalData),
      overrideNumbers: roles.some((r) => r.isTenantAdmin || r.overrideNumbers),
      roleKeys: roles.map((r) => r.key).filter((key): key is string => Boolean(key)),
      tenantId,
      readOnly: false,
      tenantAdmin: roles.some((r) => r.isTenantAdmin),
      grants: mergeGrants(roles),
      departmentId: idOf(direct.department),
    }
  }
  // A teacher's membership of a class reaches the class's groups, read-only.
  const parentId = idOf(tenant?.parent)
  const viaClass = memberships.find((m) => sameId(idOf(m.tenant), parentId))
  if (tenantId != null && viaClass) {
    const grants: Record<string, Grant> = { '*': { actions: ['read'], scope: 'all' } }
    return { ...base, tenantId, readOnly: true, tenantAdmin: false, grants, departmentId: null }
  }
  return { ...base, tenantId, readOnly: true, tenantAdmin: false, grants: {}, departmentId: null }
}

/**
 * In one read: the groups of the user's classes (a teacher reaches them) and which of the user's own
 * tenants are closed — `readOnly` for a class, `shut` for anything else (a group, a company).
 */
export async function aroundMemberships(
  req: PayloadRequest,
  tenantIds: Id[],
): Promise<{ groupIds: Id[]; closed: Map<string, 'readOnly' | 'shut'> }> {
  if (tenantIds.length === 0) return { groupIds: [], closed: new Map() }
  const { docs } = await req.payload.find({
    collection: 'tenants',
    where: { or: [{ id: { in: tenantIds } }, { and: [{ parent: { in: tenantIds } }, { kind: { equals: 'group' } }] }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { kind: true, parent: true, closedAt: true },
  })
  const tenants = docs as unknown as { id: Id; kind?: string; parent?: unknown; closedAt?: string | null }[]
  const own = (id: unknown) => tenantIds.some((t) => sameId(t, id))
  const groupIds = tenants.filter((t) => t.kind === 'group' && own(t.parent)).map((t) => t.id)
  const closed = new Map<string, 'readOnly' | 'shut'>()
  for (const t of tenants) if (own(t.id) && t.closedAt) closed.set(String(t.id), t.kind === 'class' ? 'readOnly' : 'shut')
  return { groupIds, closed }
}

async function loadRoles(req: PayloadRequest, roleRefs: unknown[], tenantId: Id | null): Promise<RoleDoc[]> {
  const ids = roleRefs.map(idOf).filter((id): id is Id => id != null)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // A role of another tenant in a membership grants nothing (the users hook refuses to store one).
  return (docs as unknown as RoleDoc[]).filter((role) => sameId(idOf(role.tenant), tenantId))
}

/** The most generous quota of the user's roles; a role without one (or a tenant admin) means no limit. */
function poolQuotaOf(roles: RoleDoc[]): number | null {
  if (roles.length === 0) return 0
  if (roles.some((r) => r.isTenantAdmin || r.poolQuota == null)) return null
  return Math.max(...roles.map((r) => r.poolQuota as number))
}

/** Masked only when every role masks: one role that shows full values is enough to see them (full view wins). */
function masksPersonalData(roles: RoleDoc[]): boolean {
  return roles.length > 0 && roles.every((r) => r.maskPersonalData && !r.isTenantAdmin)
}

/** Union of the roles' grants: every action any role allows, at the widest scope any role gives. */
export function mergeGrants(roles: RoleDoc[]): Record<string, Grant> {
  const grants: Record<string, Grant> = {}
  for (const role of roles) {
    for (const p of role.permissions ?? []) {
      const actions = p.actions ?? []
      if (actions.length === 0) continue
      const scope = p.scope ?? 'own'
      const current = grants[p.collection]
      grants[p.collection] = current
        ? { actions: [...new Set([...current.actions, ...actions])], scope: wider(current.scope, scope) }
        : { actions, scope }
    }
    if (role.isTenantAdmin) {
      // The tenant admin needs no rows: it may do everything inside its tenant.
      grants['*'] = { actions: ['create', 'read', 'update', 'delete'], scope: 'all' }
    }
  }
  return grants
}

export function grantFor(context: AccessContext, slug: string, action: Action): Grant | null {
  if (context.superAdmin) return { actions: ['create', 'read', 'update', 'delete'], scope: 'all' }
  if (context.readOnly && action !== 'read') return null
  const grant = context.grants[slug] ?? context.grants['*']
  if (!grant) return null
  const star = context.grants['*']
  if (star && !grant.actions.includes(action)) return star
  return grant.actions.includes(action) ? grant : null
}
