import type { TaskConfig } from 'payload'
import { MAX_EFFECT_ATTEMPTS, runEffect } from '../../workflow/effects/runEffect'

/**
 * Runs the effects of one stage change, in order (ids, comma-separated). Each has its own row and
 * outcome; when one failed and may be tried again the job throws, Payload retries it with exponential
 * backoff, and the retry runs only what is still pending (done and failed rows are skipped).
 */
export const runWorkflowEffects: TaskConfig<'runWorkflowEffects'> = {
  slug: 'runWorkflowEffects',
  retries: { attempts: MAX_EFFECT_ATTEMPTS, backoff: { type: 'exponential', delay: 10_000 } },
  inputSchema: [{ name: 'effects', type: 'text', required: true }],
  outputSchema: [{ name: 'outcomes', type: 'text' }],
  handler: async ({ input, req }) => {
    const ids = String(input?.effects ?? '')
      .split(',')
      .filter(Boolean)
    const outcomes = []
    for (const raw of ids) outcomes.push(await runEffect(req.payload, /^\d+$/.test(raw) ? Number(raw) : raw))
    if (outcomes.includes('retry')) throw new Error(`workflow effects ${ids.join(',')}: ${outcomes.join(',')}; will be retried`)
    return { output: { outcomes: outcomes.join(',') } }
  },
}
