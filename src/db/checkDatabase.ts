import fs from 'node:fs'
import path from 'node:path'
import { type DatabaseTarget, redact } from './databaseUrl'

/**
 * Reach the database before Payload does, so a wrong host or a stopped server is reported in one
 * sentence instead of a driver's stack trace. Returns that sentence, or null when all is well.
 */
export async function checkDatabase(target: DatabaseTarget): Promise<string | null> {
  switch (target.kind) {
    case 'sqlite': {
      const dir = path.dirname(path.resolve(target.file))
      try {
        fs.mkdirSync(dir, { recursive: true })
        fs.accessSync(dir, fs.constants.W_OK)
        return null
      } catch (error) {
        return `Cannot write the SQLite database in ${dir} (${(error as NodeJS.ErrnoException).code}): choose a writable path in DATABASE_URL.`
      }
    }
    case 'postgres': {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 })
      try {
        await client.connect()
        return null
      } catch (error) {
        const e = error as { code?: string; message: string }
        // A missing database is fine: the adapter creates it.
        if (e.code === '3D000') return null
        return `Cannot reach PostgreSQL at ${redact(target.url)} (${e.code ?? e.message}): start the server or fix DATABASE_URL.`
      } finally {
        await client.end().catch(() => undefined)
      }
    }
    case 'mongodb': {
      const { MongoClient } = await import('mongodb')
      const client = new MongoClient(target.url, { serverSelectionTimeoutMS: 5_000 })
      try {
        await client.connect()
        return null
      } catch (error) {
        return `Cannot reach MongoDB at ${redact(target.url)} (${(error as Error).message.split('\n')[0]}): start the server or fix DATABASE_URL.`
      } finally {
        await client.close().catch(() => undefined)
      }
    }
  }
}
