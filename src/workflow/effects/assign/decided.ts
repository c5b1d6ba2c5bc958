import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../../../access/types'
import { compareAndSet } from '../../../concurrency/compareAndSet'
import type { EffectTarget } from '../types'

/**
 * The user an assignment chose, chosen once: the choice is kept on the effect row (`assignedTo`, set
 * only while empty), so a run repeated after a crash (SQLite has no transaction to undo the first)
 * assigns the same user and takes no second turn of the round robin.
 */
export async function decided(req: PayloadRequest, target: EffectTarget, choose: () => Promise<Id>): Promise<Id> {
  const row = await req.payload.findByID({
    collection: 'workflow-effects',
    id: target.effectId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const kept = idOf(row.assignedTo)
  if (kept != null) return kept
  const chosen = await choose()
  const stored = await compareAndSet(
    req,
    'workflow-effects',
    target.effectId,
    { assignedTo: { exists: false } },
    { assignedTo: chosen },
  )
  if (stored) return chosen
  const again = await req.payload.findByID({
    collection: 'workflow-effects',
    id: target.effectId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return idOf(again.assignedTo) as Id
}
