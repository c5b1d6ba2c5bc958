import type { TaskConfig } from 'payload'
import { runCareRules as run } from '../../care/runCareRules'

/**
 * Every hour: care rules send today's greetings (each once a year, so the hourly runs after the first
 * find nothing left), and a tenant whose day has just begun in its time zone gets its turn.
 */
export const runCareRules: TaskConfig<'runCareRules'> = {
  slug: 'runCareRules',
  schedule: [{ cron: '5 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'reminded', type: 'number' },
    { name: 'skipped', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await run(req) }),
}
