import type { Access, Where } from 'payload'
import { getAccessContext } from './accessContext'

/**
 * Rows that are one person's alone (`user`), in the active tenant: notifications, export jobs, read
 * receipts. Nobody else reads them, not even a tenant admin — they may speak of records the admin's
 * role cannot see, or hold what only their owner's role may read.
 */
export const ownRows: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context) return false
  const mine: Where = { user: { equals: context.userId } }
  return context.tenantId == null ? mine : { and: [mine, { tenant: { equals: context.tenantId } }] }
}
