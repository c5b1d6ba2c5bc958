import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

type Undo = (undo: () => Promise<unknown>) => void

/**
 * Payload's versions keep every earlier state of a record: overwrite the erased fields in each of
 * them, so the history of the record's other fields survives while no old value of theirs does.
 */
export async function redactVersions(
  req: PayloadRequest,
  collection: string,
  id: Id,
  erased: Record<string, unknown>,
  onUndo: Undo,
) {
  if (!req.payload.collections[collection]?.config.versions) return 0
  const { docs } = await req.payload.db.findVersions({ collection, where: { parent: { equals: id } }, pagination: false, req })
  for (const version of docs) {
    const previous = Object.fromEntries(
      Object.keys(erased).map((key) => [key, (version.version as Record<string, unknown>)[key] ?? null]),
    )
    await req.payload.db.updateVersion({ collection, id: version.id, versionData: { version: erased }, req, returning: false })
    onUndo(() =>
      req.payload.db.updateVersion({
        collection,
        id: version.id,
        versionData: { version: previous, updatedAt: version.updatedAt },
        returning: false,
      }),
    )
  }
  return docs.length
}
