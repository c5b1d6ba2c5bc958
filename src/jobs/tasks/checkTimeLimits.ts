import type { TaskConfig } from 'payload'
import { checkTimeLimits as check } from '../../workflow/timeLimits/checkTimeLimits'

/** Every five minutes: reminders and escalations for records past their stage's time limit. */
export const checkTimeLimits: TaskConfig<'checkTimeLimits'> = {
  slug: 'checkTimeLimits',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'reminders', type: 'number' },
    { name: 'escalations', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await check(req.payload) }),
}
