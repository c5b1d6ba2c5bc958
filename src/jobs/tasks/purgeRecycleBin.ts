import type { TaskConfig } from 'payload'
import { purgeExpired } from '../../recycleBin/recycleBin'

/** Nightly: records in a tenant's recycle bin longer than its retention period are purged. */
export const purgeRecycleBin: TaskConfig<'purgeRecycleBin'> = {
  slug: 'purgeRecycleBin',
  schedule: [{ cron: '45 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'purged', type: 'number' }],
  handler: async ({ req }) => ({ output: { purged: await purgeExpired(req.payload) } }),
}
