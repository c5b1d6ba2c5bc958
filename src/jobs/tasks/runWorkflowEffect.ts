import type { TaskConfig } from 'payload'
import { MAX_EFFECT_ATTEMPTS, runEffect } from '../../workflow/effects/runEffect'

/**
 * Runs one workflow effect (queued with the stage change). A failed attempt throws so that Payload
 * retries it with exponential backoff; after the last one the effect row says `failed`.
 */
export const runWorkflowEffect: TaskConfig<'runWorkflowEffect'> = {
  slug: 'runWorkflowEffect',
  retries: { attempts: MAX_EFFECT_ATTEMPTS, backoff: { type: 'exponential', delay: 10_000 } },
  inputSchema: [{ name: 'effect', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const raw = String(input?.effect ?? '')
    const outcome = await runEffect(req.payload, /^\d+$/.test(raw) ? Number(raw) : raw)
    if (outcome === 'retry') throw new Error(`workflow effect ${raw} failed; it will be retried`)
    return { output: { outcome } }
  },
}
