/**
 * `npm run worker`: runs the jobs queue (scheduled tasks, retries) in its own process, for
 * PostgreSQL or MongoDB deployments started with FORMWORK_JOBS=worker. Not for SQLite: two
 * processes must not write one database file, so there the app runs its jobs itself.
 */
import { getPayload } from 'payload'
import { parseDatabaseUrl } from '../src/db/databaseUrl'

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
  console.log(`Formwork worker: polling the jobs queue every ${INTERVAL_MS / 1000}s`)
  while (!stopping) {
    await payload.jobs.handleSchedules({ queue: 'default' })
    // Both queues: `interactive` holds what someone waits for on screen (exports, imports).
    let ran = 0
    for (const queue of ['interactive', 'default']) {
      const result = await payload.jobs.run({ queue, limit: 50 })
      ran += Object.keys(result.jobStatus ?? {}).length
    }
    if (ran > 0) console.log(`${new Date().toISOString()} ran ${ran} job(s)`)
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS))
  }
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error(`Formwork worker stopped: ${(error as Error).message}`)
  process.exit(1)
})
