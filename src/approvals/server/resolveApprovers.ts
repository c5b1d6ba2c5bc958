import type { PayloadRequest } from 'payload'
import { type Id, idOf, sameId } from '../../access/types'
import { documentId } from '../../endpoints/requestParams'
import type { ApproverSource } from '../engine'

type Membership = { tenant?: unknown; roles?: unknown[] | null; department?: unknown; manager?: unknown }
type UserDoc = { id: Id; active?: boolean | null; memberships?: Membership[] | null }

const membershipIn = (user: UserDoc | null, tenant: Id) => user?.memberships?.find((m) => sameId(m.tenant, tenant)) ?? null

/** Active members of the tenant among the given users. */
async function activeMembers(req: PayloadRequest, tenant: Id, where: Record<string, unknown>): Promise<UserDoc[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [where, { 'memberships.tenant': { equals: tenant } }] } as never,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as UserDoc[]).filter((u) => u.active !== false && membershipIn(u, tenant))
}

/** The manager of a department, or of the nearest department above it that has one. */
async function departmentManager(req: PayloadRequest, department: Id | null): Promise<string[]> {
  const seen = new Set<string>()
  for (let id = department == null ? null : documentId(req, department); id != null && !seen.has(String(id)); ) {
    seen.add(String(id))
    const doc = (await req.payload
      .findByID({ collection: 'departments', id, depth: 0, overrideAccess: true, req })
      .catch(() => null)) as { manager?: unknown; parent?: unknown } | null
    const manager = idOf(doc?.manager)
    if (manager != null) return [String(manager)]
    id = idOf(doc?.parent)
  }
  return []
}

/**
 * The users who approve a step for this submitter in this tenant: named users (still members), every
 * active member holding one of the roles, the submitter's manager (their membership's `manager`), or
 * the manager of a department (the step's, else the submitter's), climbing to the parent department
 * when one has no manager. Resolved once, at submission.
 */
export async function resolveApprovers(
  req: PayloadRequest,
  tenant: Id,
  submitter: Id,
  source: ApproverSource,
): Promise<string[]> {
  const ids = (users: UserDoc[]) => users.map((u) => String(u.id))
  switch (source.type) {
    case 'users':
      return source.users.length === 0 ? [] : ids(await activeMembers(req, tenant, { id: { in: source.users } }))
    case 'role': {
      const { docs: roles } = await req.payload.find({
        collection: 'roles',
        where: { and: [{ tenant: { equals: tenant } }, { key: { in: source.roles } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (roles.length === 0) return []
      const roleIds = roles.map((r) => r.id)
      const users = await activeMembers(req, tenant, { 'memberships.roles': { in: roleIds } })
      // The role must be held in this tenant's membership (roles are per tenant, but be exact).
      return ids(users.filter((u) => membershipIn(u, tenant)?.roles?.some((r) => roleIds.some((id) => sameId(id, r)))))
    }
    case 'manager': {
      const user = (await req.payload
        .findByID({ collection: 'users', id: submitter, depth: 0, overrideAccess: true, req })
        .catch(() => null)) as UserDoc | null
      const manager = idOf(membershipIn(user, tenant)?.manager)
      return manager == null ? [] : ids(await activeMembers(req, tenant, { id: { equals: manager } }))
    }
    case 'departmentManager': {
      let department: Id | null = source.department ?? null
      if (department == null) {
        const user = (await req.payload
          .findByID({ collection: 'users', id: submitter, depth: 0, overrideAccess: true, req })
          .catch(() => null)) as UserDoc | null
        department = idOf(membershipIn(user, tenant)?.department)
      }
      const managers = await departmentManager(req, department)
      return managers.length === 0 ? [] : ids(await activeMembers(req, tenant, { id: { in: managers } }))
    }
  }
}
