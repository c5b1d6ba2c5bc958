import type { TaskConfig } from 'payload'
import { runSchemaMigration } from '../../customFields/evolution/runSchemaMigration'

/**
 * Converts the stored values a published version needs converted, batch by batch. Retried on failure;
 * a retry (or a restart after a crash) continues from the migration's cursor.
 */
export const applySchemaMigration: TaskConfig<'applySchemaMigration'> = {
  slug: 'applySchemaMigration',
  retries: 5,
  inputSchema: [{ name: 'migration', type: 'text', required: true }],
  outputSchema: [
    { name: 'converted', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const raw = String(input?.migration ?? '')
    const id = /^\d+$/.test(raw) ? Number(raw) : raw
    const { converted, failed } = await runSchemaMigration(req.payload, id)
    return { output: { converted, failed } }
  },
}
