import type { PayloadRequest } from 'payload'
import { type Id, idOf, sameId } from '../../../access/types'

/**
 * The users an assignment chooses among, in a stable order (by id): the listed users, or the members of
 * the tenant holding the role (by key), active ones only either way.
 */
export async function candidates(req: PayloadRequest, tenant: Id, users?: Id[], role?: string): Promise<Id[]> {
  const where: Record<string, unknown>[] = [{ 'memberships.tenant': { equals: tenant } }]
  let roleId: Id | null = null
  if (users?.length) where.push({ id: { in: users } })
  else if (role) {
    const { docs } = await req.payload.find({
      collection: 'roles',
      where: { and: [{ tenant: { equals: tenant } }, { key: { equals: role } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    roleId = (docs[0]?.id as Id | undefined) ?? null
    if (roleId == null) return []
  } else return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: where } as never,
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // The role must be held in this tenant, not in another membership of the same user.
  return docs
    .filter((u) => {
      if ((u as { active?: boolean | null }).active === false) return false
      if (roleId == null) return true
      const memberships = (u as { memberships?: { tenant: unknown; roles?: unknown[] }[] }).memberships ?? []
      return memberships.some((m) => sameId(idOf(m.tenant), tenant) && (m.roles ?? []).some((r) => sameId(idOf(r), roleId)))
    })
    .map((u) => u.id as Id)
}
