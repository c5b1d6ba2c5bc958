/**
 * `npm run worker`: runs the jobs queue (scheduled tasks, retries) in its own process, for
 * PostgreSQL or MongoDB deployments started with FORMWORK_JOBS=worker. Not for SQLite: two
 * processes must not write one database file, so there the app runs its jobs itself.
 */
import { getPayload } from 'payload'
import { parseDatabaseUrl } from '../src/db/databaseUrl'
import { QUEUE_NAMES, type QueueName } from '../src/jobs/queues'

const INTERVAL_MS = Number(process.env.FORMWORK_WORKER_INTERVAL_MS ?? 10_000)

async function main() {
  if (parseDatabaseUrl(process.env.DATABASE_URL).kind === 'sqlite') {
    console.error('The worker is for PostgreSQL or MongoDB: on SQLite the app runs its jobs itself.')
    process.exit(1)
  }
  process.env.FORMWORK_JOBS = 'worker'
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true))
  console.log(`Formwork worker: polling the jobs queues every ${INTERVAL_MS / 1000}s`)
  // One loop per queue, as the app's crons: an hour-long import holds up only the imports queue.
  const poll = async (queue: QueueName) => {
    while (!stopping) {
      if (queue === 'default') await payload.jobs.handleSchedules({ queue })
      const result = await payload.jobs.run({ queue, limit: 50 })
      const ran = Object.keys(result.jobStatus ?? {}).length
      if (ran > 0) console.log(`${new Date().toISOString()} ran ${ran} job(s) on the ${queue} queue`)
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS))
    }
  }
  await Promise.all(QUEUE_NAMES.map(poll))
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error(`Formwork worker stopped: ${(error as Error).message}`)
  process.exit(1)
})
