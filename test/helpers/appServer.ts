import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { postgresServerUrl, postgresUrlFor, ROOT, TEST_DB_PREFIX, TEST_ENV } from './testDatabases'

export const DEMO = { admin: 'admin@formwork.local', adminPassword: 'e2e-admin-pass', password: 'e2e-demo-pass' }

export type AppServer = {
  url: string
  port: number
  databaseUrl: string
  stop: () => Promise<void>
  /** What the server printed so far (for a failure's report). */
  output: () => string
}

type Options = {
  /** Default: a fresh SQLite file of this server's own. */
  databaseUrl?: string
  /** Migrate and seed the demo first (default true). A second process on the same database passes false. */
  bootstrap?: boolean
  /** More environment for the server (e.g. FORMWORK_JOBS). */
  env?: Record<string, string>
}

/** A port nobody listens on, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** An empty PostgreSQL database for a server test (dropped with the other test databases at teardown). */
export async function emptyPostgresDatabase(): Promise<string> {
  const database = `${TEST_DB_PREFIX}srv_${crypto.randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: postgresServerUrl() })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${database}"`)
  } finally {
    await admin.end()
  }
  return postgresUrlFor(database)
}

/**
 * The production build served by `next start`, bootstrapped (migrations and demo) exactly as `npm start`
 * does. The PID held is next's own, so stopping it leaves nothing behind.
 */
export async function startAppServer(port: number, options: Options = {}): Promise<AppServer> {
  if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID')))
    throw new Error('No production build: run `npm run build` first (npm test does).')
  let databaseUrl = options.databaseUrl
  if (!databaseUrl) {
    const dir = path.join(ROOT, `tmp/server-${port}`)
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    databaseUrl = `file:${path.join(dir, 'formwork.db')}`
  }
  const env = {
    ...process.env,
    ...TEST_ENV,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    FORMWORK_ADMIN_PASSWORD: DEMO.adminPassword,
    FORMWORK_DEMO_PASSWORD: DEMO.password,
    FORMWORK_JOBS: 'app',
    PORT: String(port),
    ...options.env,
  } as unknown as NodeJS.ProcessEnv
  if (options.bootstrap !== false) {
    const boot = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bootstrap.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    })
    if (boot.status !== 0) throw new Error(`bootstrap failed:\n${boot.stdout}\n${boot.stderr}`)
  }
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  // Also kept in a file, so a failed CI run can show what the server said (`.ci/run` prints it).
  fs.mkdirSync(path.join(ROOT, 'tmp'), { recursive: true })
  const log = fs.createWriteStream(path.join(ROOT, `tmp/server-${port}.log`))
  const keep = (chunk: Buffer) => {
    output += chunk
    log.write(chunk)
  }
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  server.once('exit', () => log.end())
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (server.exitCode != null) throw new Error(`next start exited:\n${output}`)
    const ok = await fetch(`${url}/api/users/me`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  if (Date.now() >= deadline) throw new Error(`next start did not answer in 90 s:\n${output}`)
  return {
    url,
    port,
    databaseUrl,
    output: () => output,
    stop: async () => {
      if (server.exitCode != null) return
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    },
  }
}
