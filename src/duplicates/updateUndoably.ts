import type { PayloadRequest, RequestContext } from 'payload'
import type { Id } from '../access/types'

type Undo = () => Promise<unknown>

type Options = {
  collection: string
  id: Id
  data: Record<string, unknown>
  /** The values `data` replaces, written back if a later step fails. */
  previous: Record<string, unknown>
  overrideAccess: boolean
  user?: PayloadRequest['user']
  trash?: boolean
  context: RequestContext
}

/**
 * An update through the normal path (hooks, validation, audit), registering how to take it back where
 * the adapter has no transactions (SQLite): the old values return, and the audit entry the update
 * wrote is removed, so a failed merge leaves no trace.
 */
export async function updateUndoably(req: PayloadRequest, onUndo: (undo: Undo) => void, options: Options) {
  const { collection, id, data, previous, overrideAccess, user, trash = true, context } = options
  const lastEntry = async () => {
    const { docs } = await req.payload.find({
      collection: 'audit-log',
      where: { and: [{ entity: { equals: collection } }, { recordId: { equals: String(id) } }] },
      sort: '-id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { id: true },
    })
    return docs[0]?.id ?? null
  }
  const before = await lastEntry()
  const doc = await req.payload.update({ collection, id, data, overrideAccess, user, req, trash, context })
  const after = await lastEntry()
  // An update that changed nothing the trail records writes no entry: then there is none to remove.
  const entryId = after != null && String(after) !== String(before) ? after : null
  onUndo(async () => {
    await req.payload.update({
      collection,
      id,
      data: previous,
      overrideAccess: true,
      trash: true,
      context: { skipAudit: true, skipVersionCheck: true, skipDuplicateCheck: true },
    })
    if (entryId != null) await req.payload.delete({ collection: 'audit-log', id: entryId, overrideAccess: true })
  })
  return doc
}
