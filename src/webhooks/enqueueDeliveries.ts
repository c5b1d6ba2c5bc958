import { randomUUID } from 'node:crypto'
import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../access/types'
import { activeSubscriptions } from './activeSubscriptions'

/**
 * After a business record is created or updated (and when its stage changed), one delivery per
 * subscribed URL is logged and queued, with the request, so in the write's transaction: a write that
 * is rolled back sends nothing. Imports and seeds can set `context.skipWebhooks`.
 */
export const enqueueDeliveries: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context?.skipWebhooks || (operation !== 'create' && operation !== 'update')) return doc
  const tenant = idOf(doc.tenant)
  if (tenant == null) return doc
  const subscriptions = await activeSubscriptions(req, tenant, collection.slug)
  if (subscriptions.length === 0) return doc
  const events = [operation === 'create' ? 'created' : 'updated']
  if (operation === 'update' && 'stage' in doc && (previousDoc?.stage ?? null) !== (doc.stage ?? null))
    events.push('stageChanged')
  const occurredAt = new Date().toISOString()
  for (const subscription of subscriptions)
    for (const event of events.filter((e) => subscription.events.includes(e))) {
      const idempotencyKey = `whd:${randomUUID()}`
      const body = {
        event,
        idempotencyKey,
        occurredAt,
        entity: collection.slug,
        id: doc.id,
        record: doc,
        ...(event === 'stageChanged' ? { from: previousDoc?.stage ?? null, to: doc.stage } : {}),
      }
      const row = await req.payload.create({
        collection: 'webhook-deliveries',
        data: {
          tenant,
          subscription: subscription.id,
          event,
          entity: collection.slug,
          record: String(doc.id),
          payload: body,
          idempotencyKey,
          status: 'pending',
          attempts: 0,
        },
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({ task: 'deliverWebhook', input: { delivery: String(row.id) }, req })
    }
  return doc
}
