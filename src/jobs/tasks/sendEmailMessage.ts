import type { TaskConfig } from 'payload'
import { deliverMessage, MAX_SEND_ATTEMPTS } from '../../email/messages/deliverMessage'

// Tests shorten the wait between attempts; servers keep a minute, doubling each time.
const retryDelayMs = () => Number(process.env.FORMWORK_EMAIL_RETRY_DELAY_MS) || 60_000

/** Sends one message of the outbox; a failed attempt throws so that Payload retries it with backoff. */
export const sendEmailMessage: TaskConfig<'sendEmailMessage'> = {
  slug: 'sendEmailMessage',
  // One more than the message needs: the message itself decides when it has failed for good.
  retries: { attempts: MAX_SEND_ATTEMPTS, backoff: { type: 'exponential', delay: retryDelayMs() } },
  inputSchema: [{ name: 'message', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const raw = String(input?.message ?? '')
    const outcome = await deliverMessage(req.payload, /^\d+$/.test(raw) ? Number(raw) : raw)
    if (outcome === 'retry') throw new Error(`email message ${raw} could not be sent; it will be retried`)
    return { output: { outcome } }
  },
}
