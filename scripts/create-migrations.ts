/**
 * Writes a migration for SQLite and one for PostgreSQL from the current collections:
 * `npm run migrate:create -- <name>`. Both adapters must always have the same history.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const name = process.argv[2] ?? 'change'
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'formwork-migrate-'))
const targets = {
  sqlite: `file:${path.join(tmp, 'empty.db')}`,
  postgres: process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
}
for (const [adapter, url] of Object.entries(targets)) {
  console.log(`— ${adapter}`)
  execFileSync('npx', ['payload', 'migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, FORMWORK_JOBS: 'off', NODE_ENV: 'development' },
  })
}
fs.rmSync(tmp, { recursive: true, force: true })
