import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

/** A record's audit entries, oldest first (the export's history, the erasure's redaction). */
export async function auditTrailOf(req: PayloadRequest, entity: string, recordId: Id) {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: { and: [{ entity: { equals: entity } }, { recordId: { equals: String(recordId) } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as {
    id: Id
    action: string
    createdAt: string
    updatedAt: string
    user?: unknown
    reason?: string | null
    changes?: unknown
  }[]
}
