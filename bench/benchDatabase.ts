import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import pg from 'pg'

const serverUrl = () => process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export type BenchDatabase = { payload: Payload; config: SanitizedConfig; close: () => Promise<void> }

/**
 * A fresh, migrated database of its own for one benchmark process (a SQLite file under tmp/bench or a
 * PostgreSQL database), with jobs and logs off; `close` removes it.
 */
export async function openBenchDatabase(kind: 'sqlite' | 'postgres'): Promise<BenchDatabase> {
  const id = crypto.randomBytes(4).toString('hex')
  let databaseUrl: string
  if (kind === 'sqlite') {
    fs.mkdirSync('tmp/bench', { recursive: true })
    databaseUrl = `file:${path.resolve(`tmp/bench/${id}.db`)}`
  } else {
    const server = new URL(serverUrl())
    server.pathname = `/formwork_bench_${id}`
    databaseUrl = server.toString()
  }
  process.env.DATABASE_URL = databaseUrl
  Object.assign(process.env, { FORMWORK_JOBS: 'off', FORMWORK_LOG_LEVEL: 'fatal', PAYLOAD_SECRET: 'bench' })
  const config: SanitizedConfig = await (await import('../payload.config')).default
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: databaseUrl })
  await payload.db.migrate()
  const close = async () => {
    await payload.destroy()
    const db = payload.db as unknown as { pool?: pg.Pool; client?: { close: () => void } }
    db.client?.close()
    if (db.pool) {
      db.pool.on('error', () => undefined)
      await db.pool.end().catch(() => undefined)
      const admin = new pg.Client({ connectionString: serverUrl() })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS "formwork_bench_${id}" WITH (FORCE)`)
      await admin.end()
    } else {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`tmp/bench/${id}.db${suffix}`, { force: true })
    }
  }
  return { payload, config, close }
}
