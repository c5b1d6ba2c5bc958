import type { TaskConfig } from 'payload'
import { MAX_DELIVERY_ATTEMPTS, runDelivery } from '../../webhooks/runDelivery'

/** Sends one outbound webhook delivery; a failed attempt throws so that Payload retries with backoff. */
export const deliverWebhook: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  retries: { attempts: MAX_DELIVERY_ATTEMPTS, backoff: { type: 'exponential', delay: 10_000 } },
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const raw = String(input?.delivery ?? '')
    const outcome = await runDelivery(req.payload, /^\d+$/.test(raw) ? Number(raw) : raw)
    if (outcome === 'retry') throw new Error(`webhook delivery ${raw} failed; it will be retried`)
    return { output: { outcome } }
  },
}
