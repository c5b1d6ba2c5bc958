/**
 * The job queues and how often the app runs each (six-field cron: seconds first). Payload skips a
 * queue's tick while its previous run is still busy, so a run holds its whole queue until its
 * slowest job ends: jobs that can take an hour (a 100,000-row import, a large list export) have
 * queues of their own, and an email, an SMS or the minute's reminders never wait behind them.
 */
export const QUEUES = {
  /** Emails and SMS someone watches for: picked up within seconds. */
  interactive: '*/2 * * * * *',
  /** Imports, watched on their progress bar. */
  imports: '*/2 * * * * *',
  /** Large list exports, watched on theirs. */
  exports: '*/2 * * * * *',
  /** Scheduled tasks, retries, workflow effects. */
  default: '* * * * *',
} as const

export type QueueName = keyof typeof QUEUES
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[]
