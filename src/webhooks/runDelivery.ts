import type { Payload } from 'payload'
import { type Id, idOf } from '../access/types'
import { postWebhook } from './postWebhook'

export const MAX_DELIVERY_ATTEMPTS = 5
const system = { overrideAccess: true, depth: 0 } as const

/**
 * Sends one logged delivery to its subscription's URL, signed with the subscription's secret, with
 * the delivery's idempotency key. `retry` asks the job to try again; after MAX_DELIVERY_ATTEMPTS the
 * row is `failed`, with the last answer.
 */
export async function runDelivery(payload: Payload, id: Id): Promise<'delivered' | 'skipped' | 'failed' | 'retry'> {
  const row = await payload.findByID({ collection: 'webhook-deliveries', id, ...system, disableErrors: true })
  if (row?.status !== 'pending') return 'skipped'
  const attempts = Number(row.attempts ?? 0) + 1
  const subscription = await payload.findByID({
    collection: 'webhook-subscriptions',
    id: idOf(row.subscription) as Id,
    ...system,
    disableErrors: true,
  })
  if (!subscription) {
    await payload.update({
      collection: 'webhook-deliveries',
      id,
      data: { attempts, status: 'failed', lastError: 'The subscription was deleted.' },
      ...system,
    })
    return 'failed'
  }
  const result = await postWebhook({
    url: String(subscription.url),
    secret: subscription.secret as string,
    idempotencyKey: String(row.idempotencyKey),
    body: JSON.stringify(row.payload),
  })
  if (result.ok) {
    await payload.update({
      collection: 'webhook-deliveries',
      id,
      data: {
        attempts,
        status: 'delivered',
        responseCode: result.status,
        deliveredAt: new Date().toISOString(),
        lastError: null,
      },
      ...system,
    })
    return 'delivered'
  }
  const failed = attempts >= MAX_DELIVERY_ATTEMPTS
  await payload.update({
    collection: 'webhook-deliveries',
    id,
    data: { attempts, responseCode: result.status, lastError: result.error, ...(failed ? { status: 'failed' } : {}) },
    ...system,
  })
  return failed ? 'failed' : 'retry'
}
