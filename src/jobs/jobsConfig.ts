import type { JobsConfig } from 'payload'
import { parseDatabaseUrl } from '../db/databaseUrl'
import { QUEUE_NAMES, QUEUES } from './queues'
import { applySchemaMigration } from './tasks/applySchemaMigration'
import { checkTimeLimits } from './tasks/checkTimeLimits'
import { deliverWebhook } from './tasks/deliverWebhook'
import { dispatchSms } from './tasks/dispatchSms'
import { pollMailboxes } from './tasks/pollMailboxes'
import { prepareSmsBatch } from './tasks/prepareSmsBatch'
import { purgeLoginLog } from './tasks/purgeLoginLog'
import { purgePublicFormLog } from './tasks/purgePublicFormLog'
import { purgeRecycleBin } from './tasks/purgeRecycleBin'
import { retryOutbox } from './tasks/retryOutbox'
import { returnStalePoolRecords } from './tasks/returnStalePoolRecords'
import { runCareRules } from './tasks/runCareRules'
import { runImport } from './tasks/runImport'
import { runListExport } from './tasks/runListExport'
import { runWorkflowEffects } from './tasks/runWorkflowEffects'
import { sendEmailMessage } from './tasks/sendEmailMessage'
import { sendEventReminders } from './tasks/sendEventReminders'
import { sendScheduledReports } from './tasks/sendScheduledReports'

/**
 * Where background jobs run: `FORMWORK_JOBS=app` (the default) runs them inside the web process,
 * `worker` leaves them to `npm run worker`, `off` runs none (tests, CLIs). SQLite always runs them
 * in the app: two processes must not write one database file.
 */
export function jobsMode(env: NodeJS.ProcessEnv = process.env): 'app' | 'worker' | 'off' {
  const mode = env.FORMWORK_JOBS
  if (mode === 'off') return 'off'
  if (mode === 'worker' && parseDatabaseUrl(env.DATABASE_URL).kind !== 'sqlite') return 'worker'
  return 'app'
}

export const jobsConfig: JobsConfig = {
  tasks: [
    retryOutbox,
    purgeLoginLog,
    sendScheduledReports,
    returnStalePoolRecords,
    purgeRecycleBin,
    applySchemaMigration,
    purgePublicFormLog,
    runWorkflowEffects,
    deliverWebhook,
    checkTimeLimits,
    sendEventReminders,
    runListExport,
    runImport,
    sendEmailMessage,
    pollMailboxes,
    runCareRules,
    prepareSmsBatch,
    dispatchSms,
  ],
  deleteJobOnComplete: true,
  // Each queue on its own cron, so a long job holds up only its own queue (see ./queues).
  autoRun: QUEUE_NAMES.map((queue) => ({ cron: QUEUES[queue], queue })),
  shouldAutoRun: () => jobsMode() === 'app',
  access: { run: ({ req }) => Boolean((req.user as { isSuperAdmin?: boolean } | null)?.isSuperAdmin) },
}
