import type { TaskConfig } from 'payload'
import { autoReturn } from '../../pool/autoReturn'

/** Every night, records without follow-up for the tenant's number of days go back to the public pool. */
export const returnStalePoolRecords: TaskConfig<'returnStalePoolRecords'> = {
  slug: 'returnStalePoolRecords',
  schedule: [{ cron: '15 2 * * *', queue: 'default' }],
  outputSchema: [{ name: 'returned', type: 'number' }],
  handler: async ({ req }) => ({ output: { returned: await autoReturn(req.payload, req) } }),
}
