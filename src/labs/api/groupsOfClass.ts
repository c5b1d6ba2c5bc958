import type { PayloadRequest } from 'payload'
import { type Id, idOf, sameId } from '../../access/types'

export type GroupRow = { id: Id; name: string; slug: string }
export type StudentRow = { id: Id; name: string; email: string }

/** A class's groups in the order they were made (g1, g2 … g10, not by slug text). */
export async function groupsOfClass(req: PayloadRequest, classId: Id): Promise<GroupRow[]> {
  const { docs } = await req.payload.find({
    collection: 'tenants',
    where: { and: [{ parent: { equals: classId } }, { kind: { equals: 'group' } }] },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, slug: true },
  })
  return docs.map((d) => ({ id: d.id as Id, name: String(d.name), slug: String(d.slug) }))
}

/** The students of some groups — users with a membership in one — by group id. */
export async function studentsOfGroups(req: PayloadRequest, groupIds: Id[]): Promise<Map<string, StudentRow[]>> {
  const byGroup = new Map<string, StudentRow[]>(groupIds.map((id) => [String(id), []]))
  if (groupIds.length === 0) return byGroup
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { 'memberships.tenant': { in: groupIds } },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, email: true, memberships: true },
  })
  for (const user of docs as unknown as (StudentRow & { memberships?: { tenant: unknown }[] })[]) {
    for (const group of groupIds)
      if ((user.memberships ?? []).some((m) => sameId(idOf(m.tenant), group)))
        byGroup.get(String(group))?.push({ id: user.id, name: user.name, email: user.email })
  }
  // In the order of the class list (`<slug>-s2` before `-s10`): logins are created a few at a time, so
  // their ids do not keep that order.
  for (const rows of byGroup.values()) rows.sort((a, b) => a.email.localeCompare(b.email, 'en', { numeric: true }))
  return byGroup
}
