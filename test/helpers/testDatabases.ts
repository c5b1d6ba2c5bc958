import path from 'node:path'

export type TestAdapter = 'sqlite' | 'postgres' | 'mongodb'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const TEST_DB_DIR = path.join(ROOT, 'tmp/test-db')
export const SQLITE_TEMPLATE = path.join(TEST_DB_DIR, 'template.db')
/**
 * Every PostgreSQL database the tests make starts with this prefix; the teardown drops them all. Two
 * checkouts testing on one server at once each set their own FORMWORK_TEST_DB_PREFIX.
 */
export const TEST_DB_PREFIX = process.env.FORMWORK_TEST_DB_PREFIX || 'formwork_test_'
if (!/^[a-z][a-z0-9_]*_$/.test(TEST_DB_PREFIX))
  throw new Error('FORMWORK_TEST_DB_PREFIX: lower-case letters, digits and _, ending in _')
export const POSTGRES_TEMPLATE = `${TEST_DB_PREFIX}template`

/** The server-level PostgreSQL URL tests create their databases on. */
export function postgresServerUrl(): string {
  return process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
}

/** The same server, another database. */
export function postgresUrlFor(database: string): string {
  const url = new URL(postgresServerUrl())
  url.pathname = `/${database}`
  return url.toString()
}

/** Environment every test process and child server shares: no background jobs, a fixed secret. */
export const TEST_ENV = {
  FORMWORK_JOBS: 'off',
  PAYLOAD_SECRET: 'formwork-test-secret',
  NEXT_TELEMETRY_DISABLED: '1',
  FORMWORK_LOG_LEVEL: process.env.FORMWORK_LOG_LEVEL || 'fatal',
}
