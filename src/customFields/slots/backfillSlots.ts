import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { publishedSchema } from '../publishedSchema'
import { fieldMapping, mappedKinds } from './fieldMapping'
import { slotValuesFor } from './slotValues'

type Options = { batchSize?: number; onBatch?: (progress: { done: number; lastId: Id }) => void | Promise<void> }

/**
 * Rewrite the slot columns of every record of an entity in a tenant (recycle bin included) from its
 * `custom` values and the published mapping: what a publish that gives a key a new slot needs.
 * Batched by id (resumable from `onBatch`'s lastId), through the adapter so no record hook, audit
 * entry or version check fires: only storage columns change. Returns how many records it wrote.
 */
export async function backfillSlots(
  payload: Payload,
  req: PayloadRequest,
  tenant: Id,
  entity: string,
  { batchSize = 500, onBatch }: Options = {},
): Promise<number> {
  const { schema, slots: slotMap } = await publishedSchema(req, tenant, entity, { fresh: true })
  const { slots, kinds } = mappedKinds(fieldMapping(schema, slotMap))
  let done = 0
  let lastId: Id | null = null
  for (;;) {
    const { docs } = await payload.find({
      collection: entity as 'accounts',
      where: { and: [{ tenant: { equals: tenant } }, ...(lastId == null ? [] : [{ id: { greater_than: lastId } }])] },
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      trash: true,
      overrideAccess: true,
      req,
      select: { custom: true },
    })
    if (docs.length === 0) return done
    for (const doc of docs) {
      const data = slotValuesFor((doc as { custom?: unknown }).custom, slots, kinds)
      await payload.db.updateOne({ collection: entity, id: doc.id, data, req, returning: false })
    }
    done += docs.length
    lastId = docs[docs.length - 1].id as Id
    await onBatch?.({ done, lastId })
    if (docs.length < batchSize) return done
  }
}
