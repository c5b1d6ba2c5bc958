import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { parseDatabaseUrl } from './databaseUrl'
import { cacheSqliteStatements } from './sqliteStatementCache'

// fileURLToPath rather than import.meta.dirname: the latter is undefined inside Next's server bundle.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The adapter `DATABASE_URL` selects. Schema push is only for `next dev`; everything else
 * (npm start, tests, workers) runs the committed migrations so what ships is what is tested.
 */
export function databaseAdapter(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  const target = parseDatabaseUrl(env.DATABASE_URL)
  const push = env.FORMWORK_DB_PUSH === '1'
  switch (target.kind) {
    case 'sqlite': {
      fs.mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true })
      cacheSqliteStatements()
      return sqliteAdapter({
        client: { url: target.url },
        migrationDir: env.FORMWORK_MIGRATION_DIR ?? path.join(root, 'migrations/sqlite'),
        prodMigrations: sqliteMigrations,
        push,
        // AUTOINCREMENT: a deleted record's id is never given to a new one, so audit entries,
        // links in old exports and URLs keep pointing at what they pointed at.
        autoIncrement: true,
        // A second writer (a worker or a test) waits instead of failing with SQLITE_BUSY.
        busyTimeout: 10_000,
        wal: { synchronous: 'NORMAL' },
      })
    }
    case 'postgres':
      return postgresAdapter({
        // A burst of requests (200 quotes at once) queues for a pooled connection instead of failing
        // after 5 s; an unreachable server is still reported within 5 s at start (checkDatabase).
        pool: { connectionString: target.url, connectionTimeoutMillis: 60_000 },
        migrationDir: env.FORMWORK_MIGRATION_DIR ?? path.join(root, 'migrations/postgres'),
        prodMigrations: postgresMigrations,
        push,
      })
    case 'mongodb':
      return mongooseAdapter({ url: target.url, connectOptions: { serverSelectionTimeoutMS: 5_000 } })
  }
}
