import type { PayloadRequest } from 'payload'
import type { Process, RequestState } from '../engine'
import type { RequestDoc } from './requestState'

/** Marks the approval system's own writes, which the record lock lets through. */
export const APPROVAL_WRITE = 'approvalWrite'

/**
 * On the final answer, the record gets the status the process names (e.g. `approvalStatus: approved`),
 * written by the approval system (past the lock), in the caller's transaction.
 */
export async function finishRecord(req: PayloadRequest, process: Process | null, doc: RequestDoc, state: RequestState) {
  if (!process?.statusField) return
  const value = state.status === 'approved' ? process.approvedValue : state.status === 'rejected' ? process.rejectedValue : null
  if (value == null || value === '') return
  await req.payload.update({
    collection: doc.entity as 'accounts',
    id: req.payload.db.defaultIDType === 'number' ? Number(doc.record) : doc.record,
    data: { [process.statusField]: value },
    overrideAccess: true,
    depth: 0,
    req,
    context: { ...req.context, [APPROVAL_WRITE]: true },
  })
}
