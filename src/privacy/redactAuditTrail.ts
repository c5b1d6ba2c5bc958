import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { auditTrailOf } from './auditTrailOf'
import { type Redaction, redactChanges } from './redactChanges'

type Undo = (undo: () => Promise<unknown>) => void

/** Rewrite a record's audit entries without the person's data (see `redactChanges`); returns how many changed. */
export async function redactAuditTrail(req: PayloadRequest, entity: string, recordId: Id, redaction: Redaction, onUndo: Undo) {
  let count = 0
  for (const entry of await auditTrailOf(req, entity, recordId)) {
    const changes = redactChanges(entry.changes, redaction)
    if (changes === entry.changes) continue
    // Below the hooks: the trail is written by the server only, and this is not a change to audit.
    await req.payload.db.updateOne({ collection: 'audit-log', id: entry.id, data: { changes }, req, returning: false })
    onUndo(() =>
      req.payload.db.updateOne({
        collection: 'audit-log',
        id: entry.id,
        data: { changes: entry.changes, updatedAt: entry.updatedAt },
        returning: false,
      }),
    )
    count++
  }
  return count
}
