import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { parseDatabaseUrl } from '../../src/db/databaseUrl'
import { ROOT, TEST_ENV } from '../helpers/testDatabases'

/**
 * The committed migrations describe the collections exactly: asking Payload for a new migration
 * against a copy of them must produce nothing. Fails as soon as a field changes without one.
 */
it('the committed migrations match the collections (a new migration would be empty)', () => {
  const kind = parseDatabaseUrl(process.env.DATABASE_URL).kind
  if (kind === 'mongodb') return // MongoDB has no schema migrations
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'formwork-drift-'))
  fs.cpSync(path.join(ROOT, 'migrations', kind), copy, { recursive: true })
  const before = fs.readdirSync(copy).sort()
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/payload/bin.js'), 'migrate:create', 'drift', '--skip-empty'],
    {
      cwd: ROOT,
      env: { ...process.env, ...TEST_ENV, FORMWORK_MIGRATION_DIR: copy, NODE_ENV: 'development' },
      encoding: 'utf8',
    },
  )
  expect(result.status, result.stderr).toBe(0)
  const added = fs.readdirSync(copy).filter((f) => !before.includes(f))
  fs.rmSync(copy, { recursive: true, force: true })
  expect(added, `run \`npm run migrate:create -- <name>\` and commit the result:\n${result.stdout}`).toEqual([])
})
