import type { Access, Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'

/**
 * An export job and its file are their requester's alone: the file holds what their roles let them
 * read, which a colleague's may not.
 */
export const ownExportJobs: Access = async ({ req }) => {
  const context = await getAccessContext(req)
  if (!context) return false
  const mine: Where = { user: { equals: context.userId } }
  return context.tenantId == null ? mine : { and: [mine, { tenant: { equals: context.tenantId } }] }
}
