import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'

export type Kind = 'sqlite' | 'postgres'

/** Raw SQL on the bench database, below Payload: the same few calls on both engines. */
export type Sql = {
  kind: Kind
  /** Rows of a query; `?` placeholders on both engines. */
  rows: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>
  /** Many rows in multi-row INSERTs of as many rows as the engine's parameter limit allows. */
  insert: (table: string, columns: string[], rows: unknown[][]) => Promise<void>
  /** `work` inside one transaction. */
  transaction: (work: () => Promise<void>) => Promise<void>
  close: () => Promise<void>
}

/** Parameters per statement, under SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMS_PER_STATEMENT = 30_000
const serverUrl = () => process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** A database of the bench's own: its URL for the app, and `drop` to remove it (safe to call twice). */
export async function createBenchDatabase(kind: Kind): Promise<{ url: string; drop: () => Promise<void> }> {
  const id = crypto.randomBytes(4).toString('hex')
  if (kind === 'sqlite') {
    const dir = path.resolve('tmp/bench-workspace')
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${id}.db`)
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
      },
    }
  }
  const name = `fw_bench_${id}`
  await onServer(`CREATE DATABASE "${name}"`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

async function onServer(statement: string) {
  const admin = new pg.Client({ connectionString: serverUrl() })
  await admin.connect()
  try {
    await admin.query(statement)
  } finally {
    await admin.end()
  }
}

/** `work` between `begin` and COMMIT, rolled back when it throws. */
const inTransaction =
  (begin: string, run: (statement: string) => Promise<unknown>) =>
  async (work: () => Promise<void>): Promise<void> => {
    await run(begin)
    try {
      await work()
      await run('COMMIT')
    } catch (error) {
      await run('ROLLBACK')
      throw error
    }
  }

const numbered = (sql: string) => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

export async function openSql(kind: Kind, url: string): Promise<Sql> {
  const chunk = (columns: string[]) => Math.max(1, Math.floor(PARAMS_PER_STATEMENT / columns.length))
  const statement = (table: string, columns: string[], count: number) => {
    const row = `(${columns.map(() => '?').join(',')})`
    return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${Array(count).fill(row).join(',')}`
  }
  if (kind === 'sqlite') {
    const client = createClient({ url })
    const rows = async <T>(sql: string, params: unknown[] = []) =>
      (await client.execute({ sql, args: params as never })).rows as unknown as T[]
    return {
      kind,
      rows,
      insert: async (table, columns, values) => {
        const size = chunk(columns)
        for (let i = 0; i < values.length; i += size) {
          const part = values.slice(i, i + size)
          await client.execute({ sql: statement(table, columns, part.length), args: part.flat() as never })
        }
      },
      // IMMEDIATE: the write lock up front, as the app's own SQLite writes take it.
      transaction: inTransaction('BEGIN IMMEDIATE', (statement) => client.execute(statement)),
      close: async () => client.close(),
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    kind,
    rows: async <T>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    insert: async (table, columns, values) => {
      const size = chunk(columns)
      for (let i = 0; i < values.length; i += size) {
        const part = values.slice(i, i + size)
        await client.query(numbered(statement(table, columns, part.length)), part.flat())
      }
    },
    transaction: inTransaction('BEGIN', (statement) => client.query(statement)),
    close: () => client.end(),
  }
}
