import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { ReportError } from '../reportError'

export type SavedReport = { id: Id; name: string; definition: unknown; tenant: unknown }

/** A saved report the user may read (their own, their role's or the tenant's); otherwise `notFound`. */
export async function savedReport(req: PayloadRequest, id: Id): Promise<SavedReport> {
  const doc = await req.payload
    .findByID({ collection: 'reports', id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    .catch(() => null)
  if (!doc) throw new ReportError('notFound', 'report')
  return doc as unknown as SavedReport
}
