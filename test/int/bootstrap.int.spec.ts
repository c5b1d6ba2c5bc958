import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'
import { expect, it } from 'vitest'
import { parseDatabaseUrl } from '../../src/db/databaseUrl'
import { shutdownPayload } from '../helpers/payload'
import { postgresUrlFor, ROOT, TEST_DB_DIR, TEST_DB_PREFIX, TEST_ENV } from '../helpers/testDatabases'

/** A brand-new, empty database (PostgreSQL: one that does not even exist yet). */
function emptyDatabaseUrl(): string {
  const id = crypto.randomBytes(5).toString('hex')
  if (parseDatabaseUrl(process.env.DATABASE_URL).kind === 'postgres') return postgresUrlFor(`${TEST_DB_PREFIX}boot_${id}`)
  fs.mkdirSync(TEST_DB_DIR, { recursive: true })
  return `file:${path.join(TEST_DB_DIR, `boot-${id}.db`)}`
}

function bootstrap(databaseUrl: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bootstrap.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TEST_ENV,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      FORMWORK_ADMIN_PASSWORD: 'first-admin-pass',
    } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    // A safety net against a hung process, not a speed check (speed is the benchmarks'): seeding two demo
    // companies took 271 s on a 2-core machine running other suites beside it.
    timeout: 480_000,
  })
}

it('an empty database becomes a working app with the demo in one step, and a second start changes nothing', async () => {
  const url = emptyDatabaseUrl()
  const first = bootstrap(url)
  expect(first.status, first.stderr).toBe(0)
  expect(first.stdout).toContain('admin@formwork.local   password: first-admin-pass')
  const second = bootstrap(url)
  expect(second.status, second.stderr).toBe(0)
  expect(second.stdout).not.toContain('password:')

  process.env.DATABASE_URL = url
  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config, key: url })
  try {
    expect((await payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs).toBe(2)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(15)
    // The approval presets (合同审批, 报价折扣审批) in each company, with their approvers.
    expect((await payload.count({ collection: 'approval-processes', overrideAccess: true })).totalDocs).toBe(4)
    expect((await payload.count({ collection: 'accounts', overrideAccess: true })).totalDocs).toBe(400)
    // Opportunities in every stage, quotes whose totals the server computed, and a public pool.
    const { docs: stages } = await payload.find({
      collection: 'opportunities',
      pagination: false,
      select: { stage: true },
      overrideAccess: true,
    })
    expect(new Set(stages.map((o) => o.stage)).size).toBe(6)
    const quote = (await payload.find({ collection: 'quotes', limit: 1, overrideAccess: true })).docs[0]
    expect(quote.total).toMatch(/^\d+\.\d{2}$/)
    expect(
      (await payload.count({ collection: 'accounts', where: { owner: { exists: false } }, overrideAccess: true })).totalDocs,
    ).toBe(40)
    const { docs } = await payload.find({ collection: 'payload-migrations', overrideAccess: true, pagination: false })
    const committed = fs
      .readdirSync(path.join(ROOT, 'migrations', parseDatabaseUrl(url).kind))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    expect(docs.filter((d) => d.name !== 'dev').length).toBe(committed.length)
  } finally {
    await shutdownPayload(payload)
  }
  // Two full starts (migrations and a 400-customer demo) on a busy CI machine.
}, 1_200_000)
