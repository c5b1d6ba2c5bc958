import type { Access } from 'payload'
import { taughtClassIds } from '../../src/labs/api/teacher'

/**
 * A group's snapshots are read by the teachers of its class and by super admins — never by the
 * group's students (a snapshot holds the whole group, and may be restored over their work).
 */
export const labSnapshotRead: Access = async ({ req }) => {
  if (!req.user) return false
  const classes = await taughtClassIds(req)
  if (classes === null) return true
  if (classes.length === 0) return { tenant: { exists: false } } // none: tenant is required
  const { docs } = await req.payload.find({
    collection: 'tenants',
    where: { and: [{ parent: { in: classes } }, { kind: { equals: 'group' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { id: true },
  })
  return docs.length === 0 ? { tenant: { exists: false } } : { tenant: { in: docs.map((d) => d.id) } }
}
