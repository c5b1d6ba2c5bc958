import type { TaskConfig } from 'payload'
import { dispatchDue } from '../../sms/dispatch'

/**
 * Sends the SMS and faxes that are due (src/sms/dispatch). While some wait (a later dueAt, a retry
 * after an unreachable gateway), it queues itself again for when the next one falls due.
 */
export const dispatchSms: TaskConfig<'dispatchSms'> = {
  slug: 'dispatchSms',
  retries: 3,
  inputSchema: [],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => {
    const { sent, nextDueAt } = await dispatchDue(req.payload)
    if (nextDueAt) {
      const at = new Date(nextDueAt)
      await req.payload.jobs.queue({
        task: 'dispatchSms',
        queue: 'interactive',
        input: {},
        ...(at.getTime() > Date.now() ? { waitUntil: at } : {}),
      })
    }
    return { output: { sent } }
  },
}
