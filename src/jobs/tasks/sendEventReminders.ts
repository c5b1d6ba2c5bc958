import type { TaskConfig } from 'payload'
import { sendDueReminders } from '../../calendar/reminders/sendDueReminders'

/** Every minute, owners of events starting soon get their reminder (once per event and start time). */
export const sendEventReminders: TaskConfig<'sendEventReminders'> = {
  slug: 'sendEventReminders',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await sendDueReminders(req, new Date()) } }),
}
