import type { PayloadRequest, Where } from 'payload'
import { getAccessContext, grantFor } from '../../access/accessContext'
import { departmentTree } from '../../access/scopeWhere'
import type { Id } from '../../access/types'

export type CalendarPerson = { id: Id; name: string }

const MAX_PEOPLE = 200

/**
 * Whose calendars the user may open: themselves, and as far as their read scope on activities reaches
 * (their department, its tree, or the whole company). The events themselves are still read with the
 * user's access, so this list only shapes the selector.
 */
export async function calendarPeople(req: PayloadRequest): Promise<CalendarPerson[]> {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null) return []
  const me = req.user as unknown as { id: Id; name?: string; email?: string }
  const self: CalendarPerson = { id: me.id, name: me.name || me.email || String(me.id) }
  const scope = context.superAdmin || context.tenantAdmin ? 'all' : grantFor(context, 'activities', 'read')?.scope
  if (!scope || scope === 'own') return [self]
  const where: Where[] = [{ 'memberships.tenant': { equals: context.tenantId } }]
  if (scope !== 'all') {
    if (context.departmentId == null) return [self]
    const departments = scope === 'department' ? [context.departmentId] : await departmentTree(req, context, context.departmentId)
    where.push({ 'memberships.department': { in: departments } })
  }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: where },
    sort: 'name',
    limit: MAX_PEOPLE,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, email: true },
  })
  const people = docs.map((u) => ({ id: u.id, name: (u as { name?: string }).name || (u as { email: string }).email }))
  return people.some((p) => String(p.id) === String(self.id)) ? people : [self, ...people]
}
