import type { TaskConfig } from 'payload'
import { prepareBatch } from '../../sms/prepareBatch'

/** Expands one SMS batch into its messages as its sender (src/sms), then queues the dispatch. */
export const prepareSmsBatch: TaskConfig<'prepareSmsBatch'> = {
  slug: 'prepareSmsBatch',
  retries: 2,
  inputSchema: [{ name: 'batch', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const raw = String(input?.batch ?? '')
    const id = /^\d+$/.test(raw) ? Number(raw) : raw
    const outcome = await prepareBatch(req.payload, id)
    if (outcome === 'queued') {
      const batch = (await req.payload.findByID({ collection: 'sms-batches', id, depth: 0, overrideAccess: true })) as {
        dueAt?: string | null
      }
      await req.payload.jobs.queue({
        task: 'dispatchSms',
        queue: 'interactive',
        input: {},
        ...(batch.dueAt && Date.parse(batch.dueAt) > Date.now() ? { waitUntil: new Date(batch.dueAt) } : {}),
      })
    }
    return { output: { outcome } }
  },
}
