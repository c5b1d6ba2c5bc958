import type { Access, Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { tenantScopedAccess } from '../../access/tenantScopedAccess'

const scoped = tenantScopedAccess('announcements', { owned: true, shared: false, pool: false })

/**
 * Who reads an announcement: whoever the role's scope reaches (its author, their managers, admins), and
 * every member of its audience once it is published — everyone in the company, the departments named, or
 * the people named — whatever their role grants on announcements.
 */
export const readAnnouncements: Access = async (args) => {
  const byScope = await (scoped.read as Access)(args)
  if (byScope === true) return true
  const context = await getAccessContext(args.req)
  if (!context || context.tenantId == null) return byScope
  const addressed: Where[] = [
    { audience: { equals: 'all' } },
    { and: [{ audience: { equals: 'users' } }, { audienceUsers: { in: [context.userId] } }] },
  ]
  if (context.departmentId != null)
    addressed.push({ and: [{ audience: { equals: 'departments' } }, { audienceDepartments: { in: [context.departmentId] } }] })
  const audience: Where = {
    and: [
      { tenant: { equals: context.tenantId } },
      { publishedAt: { less_than_equal: new Date().toISOString() } },
      { or: addressed },
    ],
  }
  return byScope === false ? audience : { or: [byScope as Where, audience] }
}
