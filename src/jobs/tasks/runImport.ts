import type { TaskConfig } from 'payload'
import { runImport as run } from '../../import/run/runImport'

/**
 * Runs one import. A retry, or a run after the worker died, resumes: rows that already have an
 * outcome are not written again (see src/import/run/writeRow).
 */
export const runImport: TaskConfig<'runImport'> = {
  slug: 'runImport',
  retries: 3,
  inputSchema: [{ name: 'import', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const raw = String(input?.import ?? '')
    const status = await run(req.payload, /^\d+$/.test(raw) ? Number(raw) : raw)
    return { output: { status } }
  },
}
