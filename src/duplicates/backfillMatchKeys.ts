import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { DUPLICATE_COLLECTIONS, matchKeysOf } from './matchKeys'

const BATCH = 500

/**
 * Compute the match keys of every stored record (deleted ones too), straight to the columns without
 * hooks, audit or version bumps: run by the migration that adds the keys, and again whenever the
 * normalization rules change. Reads only the fields the keys are made of, so it keeps working when
 * later migrations add columns.
 */
export async function backfillMatchKeys(payload: Payload, req?: PayloadRequest): Promise<number> {
  let updated = 0
  for (const collection of DUPLICATE_COLLECTIONS) {
    const keys = matchKeysOf(collection)
    const select = Object.fromEntries(keys.flatMap((k) => [...k.fields, k.column]).map((f) => [f, true as const]))
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        trash: true,
        sort: 'id',
        page,
        limit: BATCH,
        depth: 0,
        overrideAccess: true,
        req,
        select,
        context: { readMatchKeys: true },
      })
      for (const doc of docs as Record<string, unknown>[]) {
        const data: Record<string, string | null> = {}
        for (const key of keys) {
          const value = key.compute(doc)
          if ((doc[key.column] ?? null) !== value) data[key.column] = value
        }
        if (Object.keys(data).length === 0) continue
        await payload.db.updateOne({ collection, id: doc.id as Id, data, req, returning: false })
        updated++
      }
      if (!hasNextPage) break
    }
  }
  return updated
}
