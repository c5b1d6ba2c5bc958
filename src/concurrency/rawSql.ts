import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

export { sql }

/** What we need of Payload's SQL adapters: their drizzle instance, open transactions and table names. */
type SqlDb = {
  execute?: (statement: unknown) => Promise<{ rows: unknown[] }>
  run?: (statement: unknown) => Promise<{ rows: unknown[] }>
}
type SqlAdapter = { drizzle: SqlDb; sessions?: Record<string, { db: SqlDb }>; tableNameMap: Map<string, string> }

export const isPostgres = (req: PayloadRequest) => req.payload.db.name === 'postgres'
export const isSql = (req: PayloadRequest) => isPostgres(req) || req.payload.db.name === 'sqlite'

/** A collection's table, as the adapter names it (`sales-orders` → `sales_orders`). */
export function tableOf(req: PayloadRequest, collection: string) {
  const snake = collection.replace(/-/g, '_')
  return sql.identifier((req.payload.db as unknown as SqlAdapter).tableNameMap.get(snake) ?? snake)
}

/**
 * Runs one statement on the request's own transaction when it has one (so row and advisory locks
 * last until that transaction ends), else on the plain connection. Returns the rows.
 */
export async function runSql(req: PayloadRequest, statement: ReturnType<typeof sql>): Promise<unknown[]> {
  const adapter = req.payload.db as unknown as SqlAdapter
  const transaction = req.transactionID ? await req.transactionID : null
  const db = (transaction != null && adapter.sessions?.[String(transaction)]?.db) || adapter.drizzle
  const result = isPostgres(req) ? await db.execute?.(statement) : await db.run?.(statement)
  return result?.rows ?? []
}

/**
 * PostgreSQL: lock one row (`SELECT … FOR UPDATE`) until the request's transaction ends, so racing
 * requests, in any server process, take turns on it. Elsewhere nothing: SQLite has one writer at a
 * time and no Payload transactions, and there the compare-and-set that follows is the guard.
 */
export async function lockRowForUpdate(req: PayloadRequest, collection: string, id: Id) {
  if (!isPostgres(req)) return
  if (!req.transactionID) throw new Error('lockRowForUpdate needs a transaction (run it inside atomically)')
  await runSql(req, sql`SELECT "id" FROM ${tableOf(req, collection)} WHERE "id" = ${id} FOR UPDATE`)
}
