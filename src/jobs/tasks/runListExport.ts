import type { TaskConfig } from 'payload'
import { runExportJob } from '../../exports/jobs/runExportJob'

/** Writes one large list export's file (src/exports/jobs); its progress and outcome live on the job. */
export const runListExport: TaskConfig<'runListExport'> = {
  slug: 'runListExport',
  retries: 1,
  inputSchema: [{ name: 'exportJob', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const raw = String(input?.exportJob ?? '')
    return { output: { outcome: await runExportJob(req.payload, /^\d+$/.test(raw) ? Number(raw) : raw) } }
  },
}
