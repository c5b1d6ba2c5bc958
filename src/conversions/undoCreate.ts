import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

/** Take back a record created earlier in a failed conversion, and the audit entry its creation wrote. */
export async function undoCreate(req: PayloadRequest, collection: string, id: Id) {
  await req.payload.delete({ collection, id, overrideAccess: true, context: { skipAudit: true } })
  await req.payload.delete({
    collection: 'audit-log',
    where: { and: [{ entity: { equals: collection } }, { recordId: { equals: String(id) } }] },
    overrideAccess: true,
  })
}
