import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseDatabaseUrl } from '../../src/db/databaseUrl'
import { QUEUE_NAMES } from '../../src/jobs/queues'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { ROOT, TEST_ENV } from '../helpers/testDatabases'

let payload: Payload
const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')
const isSqlite = () => parseDatabaseUrl(process.env.DATABASE_URL).kind === 'sqlite'

beforeAll(async () => {
  payload = (await bootPayload()).payload
})

afterAll(async () => {
  await shutdownPayload(payload)
})

/**
 * On PostgreSQL a separate `npm run worker` process runs what the app queued; on SQLite the worker
 * refuses (two writers on one file), and the app runs the queue itself.
 */
it('the worker process runs queued jobs of every queue on a server database, and refuses SQLite', async () => {
  const env = { ...process.env, ...TEST_ENV, FORMWORK_WORKER_INTERVAL_MS: '300' } as NodeJS.ProcessEnv
  if (isSqlite()) {
    const result = spawnSync(process.execPath, [tsx, 'scripts/worker.ts'], { cwd: ROOT, env, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('on SQLite the app runs its jobs itself')
    await payload.jobs.queue({ task: 'purgeLoginLog', input: {} })
    await payload.jobs.run()
    expect((await payload.find({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(0)
    return
  }
  const old = await payload.create({
    collection: 'login-log',
    data: { email: 'old@worker.test', success: true, createdAt: new Date('2020-01-01').toISOString() },
    overrideAccess: true,
  })
  // One job on every queue: the worker polls each (an import's hour on its queue holds up no other).
  for (const queue of QUEUE_NAMES) await payload.jobs.queue({ task: 'purgeLoginLog', queue, input: {} })
  const worker = spawn(process.execPath, [tsx, 'scripts/worker.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  worker.stdout.on('data', (chunk) => (output += chunk))
  worker.stderr.on('data', (chunk) => (output += chunk))
  try {
    const deadline = Date.now() + 60_000
    let gone = false
    // The row goes while the job runs; the worker reports the job once it has finished: wait for both.
    const allRan = () => QUEUE_NAMES.every((queue) => output.includes(`on the ${queue} queue`))
    while (!(gone && allRan()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      gone = !(await payload.findByID({ collection: 'login-log', id: old.id, overrideAccess: true, disableErrors: true }))
    }
    expect(gone, output).toBe(true)
    for (const queue of QUEUE_NAMES) expect(output).toMatch(new RegExp(`ran \\d+ job\\(s\\) on the ${queue} queue`))
  } finally {
    worker.kill('SIGTERM')
    await new Promise((resolve) => worker.once('exit', resolve))
  }
})
