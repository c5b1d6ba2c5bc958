import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT, TEST_ENV } from './testDatabases'

export const E2E_DIR = path.join(ROOT, 'tmp/e2e')
export const DEMO = { admin: 'admin@formwork.local', adminPassword: 'e2e-admin-pass', password: 'e2e-demo-pass' }

/**
 * The production build served by `next start` on a fresh SQLite database with the demo, exactly as
 * `npm start` serves it. The PID held is next's own, so stopping it leaves nothing behind.
 */
export async function startAppServer(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID')))
    throw new Error('No production build: run `npm run build` first (npm test does).')
  fs.rmSync(E2E_DIR, { recursive: true, force: true })
  fs.mkdirSync(E2E_DIR, { recursive: true })
  const env = {
    ...process.env,
    ...TEST_ENV,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(E2E_DIR, 'formwork.db')}`,
    FORMWORK_ADMIN_PASSWORD: DEMO.adminPassword,
    FORMWORK_DEMO_PASSWORD: DEMO.password,
    FORMWORK_JOBS: 'app',
    PORT: String(port),
  } as NodeJS.ProcessEnv
  const boot = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bootstrap.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  })
  if (boot.status !== 0) throw new Error(`bootstrap failed:\n${boot.stdout}\n${boot.stderr}`)
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
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
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    },
  }
}
