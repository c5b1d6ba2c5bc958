import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll } from 'vitest'
import {
  POSTGRES_TEMPLATE,
  postgresServerUrl,
  postgresUrlFor,
  SQLITE_TEMPLATE,
  TEST_DB_DIR,
  TEST_DB_PREFIX,
  TEST_ENV,
} from './testDatabases'

/**
 * Each test file gets its own database, copied from the migrated template (a file copy on SQLite,
 * CREATE DATABASE … TEMPLATE on PostgreSQL), so files never see each other's rows.
 */
const adapter = process.env.FORMWORK_TEST_ADAPTER
Object.assign(process.env, TEST_ENV)
const id = crypto.randomBytes(6).toString('hex')

if (adapter === 'sqlite') {
  const file = path.join(TEST_DB_DIR, `${id}.db`)
  fs.copyFileSync(SQLITE_TEMPLATE, file)
  process.env.DATABASE_URL = `file:${file}`
  afterAll(() => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  })
} else if (adapter === 'postgres') {
  const database = `${TEST_DB_PREFIX}${id}`
  const admin = new pg.Client({ connectionString: postgresServerUrl() })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${POSTGRES_TEMPLATE}"`)
  await admin.end()
  // Dropped by the global teardown once every test process has exited and let go of its connections.
  process.env.DATABASE_URL = postgresUrlFor(database)
} else if (adapter === 'mongodb') {
  const url = new URL(process.env.MONGODB_URL as string)
  url.pathname = `/${TEST_DB_PREFIX}${id}`
  process.env.DATABASE_URL = url.toString()
}
