import type { PayloadRequest } from 'payload'
import { type Id, idOf, sameId } from '../../access/types'

/**
 * Who hears of a record left too long: the owner's manager in the tenant (their membership's
 * `manager`), else the manager of the record's department, else of the owner's department.
 */
export async function escalationTargets(req: PayloadRequest, tenant: Id, record: Record<string, unknown>): Promise<Id[]> {
  const ownerId = idOf(record.owner)
  const owner =
    ownerId == null
      ? null
      : await req.payload.findByID({ collection: 'users', id: ownerId, depth: 0, overrideAccess: true, disableErrors: true, req })
  const membership = (owner?.memberships ?? []).find((m: { tenant: unknown }) => sameId(idOf(m.tenant), tenant)) as
    | { manager?: unknown; department?: unknown }
    | undefined
  const manager = idOf(membership?.manager)
  if (manager != null && !sameId(manager, ownerId)) return [manager]
  for (const department of [idOf(record.department), idOf(membership?.department)]) {
    if (department == null) continue
    const doc = await req.payload.findByID({
      collection: 'departments',
      id: department,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const head = idOf(doc?.manager)
    if (head != null && !sameId(head, ownerId)) return [head]
  }
  return []
}
