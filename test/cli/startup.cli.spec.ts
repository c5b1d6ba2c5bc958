import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/testDatabases'

/** Start the real bootstrap (what `npm start` runs before serving) with a broken setting. */
function start(env: Record<string, string | undefined>, script = 'scripts/bootstrap.ts') {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, FORMWORK_JOBS: 'off', ...env } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  })
  const lines = result.stderr.split('\n').filter((line) => line.trim() !== '')
  return { status: result.status, lines, stdout: result.stdout }
}

describe('a server that cannot start says why in one sentence', () => {
  it.each([
    [
      'an unsupported DATABASE_URL',
      { DATABASE_URL: 'mysql://root@127.0.0.1/crm', PAYLOAD_SECRET: 'x' },
      /DATABASE_URL .* is not supported/,
    ],
    [
      'an unreachable PostgreSQL',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/crm', PAYLOAD_SECRET: 'x' },
      /Cannot reach PostgreSQL at .*127\.0\.0\.1:1/,
    ],
    [
      'an unwritable SQLite path',
      { DATABASE_URL: 'file:/etc/hostname/formwork/x.db', PAYLOAD_SECRET: 'x' },
      /Cannot write the SQLite database/,
    ],
    [
      'production without PAYLOAD_SECRET',
      { NODE_ENV: 'production', DATABASE_URL: 'file:./tmp/startup-secret.db' },
      /PAYLOAD_SECRET is not set/,
    ],
  ])('%s', (_case, env, expected) => {
    const { status, lines } = start(env)
    expect(status).toBe(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Formwork cannot start: /)
    expect(lines[0]).toMatch(expected)
  })

  it('the worker refuses SQLite and says why', () => {
    const { status, lines } = start({ DATABASE_URL: 'file:./tmp/worker.db', PAYLOAD_SECRET: 'x' }, 'scripts/worker.ts')
    expect(status).toBe(1)
    expect(lines).toEqual(['The worker is for PostgreSQL or MongoDB: on SQLite the app runs its jobs itself.'])
  })
})
