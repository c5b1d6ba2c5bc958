import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import {
  POSTGRES_TEMPLATE,
  postgresServerUrl,
  postgresUrlFor,
  ROOT,
  SQLITE_TEMPLATE,
  TEST_DB_DIR,
  TEST_DB_PREFIX,
  TEST_ENV,
} from './testDatabases'

/** Run the committed migrations once into a template; every test file then starts from a copy of it. */
function migrate(databaseUrl: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/payload/bin.js'), 'migrate'], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_ENV, FORMWORK_LOG_LEVEL: 'error', DATABASE_URL: databaseUrl, NODE_ENV: 'development' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`Migrating the test template failed:\n${result.stdout}\n${result.stderr}`)
}

async function sqliteTemplate() {
  fs.mkdirSync(TEST_DB_DIR, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(SQLITE_TEMPLATE + suffix, { force: true })
  migrate(`file:${SQLITE_TEMPLATE}`)
  // Fold the write-ahead log into the file so that copying the one file copies everything.
  const client = createClient({ url: `file:${SQLITE_TEMPLATE}` })
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  await client.execute('PRAGMA journal_mode=DELETE')
  client.close()
}

/** Every database the tests made: the template and one per test file. */
async function dropTestDatabases(admin: pg.Client) {
  const pattern = `${TEST_DB_PREFIX.replaceAll('_', '\\_')}%`
  const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [pattern])
  for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`)
}

async function withServer(work: (admin: pg.Client) => Promise<void>) {
  const admin = new pg.Client({ connectionString: postgresServerUrl() })
  await admin.connect()
  try {
    await work(admin)
  } finally {
    await admin.end()
  }
}

async function postgresTemplate() {
  await withServer(async (admin) => {
    await dropTestDatabases(admin) // left by an interrupted run
    await admin.query(`CREATE DATABASE "${POSTGRES_TEMPLATE}"`)
  })
  migrate(postgresUrlFor(POSTGRES_TEMPLATE))
}

export default async function setup(project: TestProject) {
  const started = Date.now()
  if (project.name === 'sqlite') await sqliteTemplate()
  else if (project.name === 'postgres') await postgresTemplate()
  else return
  console.log(`[${project.name}] migrated template database in ${Date.now() - started} ms`)
  return async () => {
    if (project.name === 'postgres') await withServer(dropTestDatabases)
    if (project.name === 'sqlite') fs.rmSync(TEST_DB_DIR, { recursive: true, force: true })
  }
}
