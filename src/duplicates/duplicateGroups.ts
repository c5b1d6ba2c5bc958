import { Forbidden, type PayloadRequest } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import { type Id, idOf } from '../access/types'
import { WITH_KEYS } from './findMatches'
import { type DuplicateCollection, matchKeysOf } from './matchKeys'
import { duplicateSettings } from './settings'

export type DuplicateGroup = { key: string; size: number; records: { id: Id; title: string; owner: Id | null }[] }

/** Records shown per group; a larger group says so by its size. */
const SHOWN = 20
/** Rows read per query while scanning a key. */
const BATCH = 500

/**
 * Groups of records sharing an active key, among the records the user may read in the active
 * tenant, a page at a time. Each key is scanned in key order through its (tenant, key) index with
 * only the id, title and key selected; a record sharing two keys with another is in two groups.
 */
export async function duplicateGroups(req: PayloadRequest, collection: DuplicateCollection, page: number, limit: number) {
  const context = await getAccessContext(req)
  if (!context || !grantFor(context, collection, 'read')) throw new Forbidden(req.t)
  const empty = { docs: [] as DuplicateGroup[], page, limit, totalDocs: 0, totalPages: 1 }
  if (context.tenantId == null) return empty
  const settings = await duplicateSettings(req, context.tenantId, collection)
  if (settings.policy === 'off') return empty
  const titleField = req.payload.collections[collection].config.admin?.useAsTitle ?? 'id'
  const groups: DuplicateGroup[] = []
  for (const key of matchKeysOf(collection).filter((k) => settings.keys.includes(k.key))) {
    const run: { value: string | null; group: DuplicateGroup } = { value: null, group: { key: key.key, size: 0, records: [] } }
    const close = () => {
      if (run.group.size > 1) groups.push(run.group)
    }
    for (let batch = 1; ; batch++) {
      const { docs, hasNextPage } = await req.payload.find({
        collection,
        where: { and: [{ tenant: { equals: context.tenantId } }, { [key.column]: { exists: true } }] },
        sort: [key.column, 'id'],
        page: batch,
        limit: BATCH,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        select: { [titleField]: true, owner: true, [key.column]: true },
        context: WITH_KEYS,
      })
      for (const doc of docs as Record<string, unknown>[]) {
        const value = doc[key.column] as string | null
        if (!value) continue
        if (run.value !== value) {
          close()
          run.value = value
          run.group = { key: key.key, size: 0, records: [] }
        }
        run.group.size++
        if (run.group.records.length < SHOWN)
          run.group.records.push({ id: doc.id as Id, title: String(doc[titleField] ?? doc.id), owner: idOf(doc.owner) })
      }
      if (!hasNextPage) break
    }
    close()
  }
  return {
    docs: groups.slice((page - 1) * limit, page * limit),
    page,
    limit,
    totalDocs: groups.length,
    totalPages: Math.max(1, Math.ceil(groups.length / limit)),
  }
}
