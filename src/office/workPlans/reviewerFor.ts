import type { PayloadRequest } from 'payload'
import { type Id, idOf, sameId } from '../../access/types'

/**
 * Who reviews a member's plan: the manager of their department, or of the nearest department above
 * that has one other than the author (a manager's own plan goes to their superior). Null when nobody
 * is above them: tenant admins and managers with a wide enough scope can still review it.
 */
export async function reviewerFor(req: PayloadRequest, department: Id | null, author: Id): Promise<Id | null> {
  const seen = new Set<string>()
  let current = department
  while (current != null && !seen.has(String(current))) {
    seen.add(String(current))
    const doc = (await req.payload.findByID({
      collection: 'departments',
      id: current,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { manager: true, parent: true },
    })) as { manager?: unknown; parent?: unknown } | null
    if (!doc) return null
    const manager = idOf(doc.manager)
    if (manager != null && !sameId(manager, author)) return manager
    current = idOf(doc.parent)
  }
  return null
}
