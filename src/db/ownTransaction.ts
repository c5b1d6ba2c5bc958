import { createClient } from '@libsql/client'
import { beginTransaction } from '@payloadcms/drizzle'
import { drizzle } from 'drizzle-orm/libsql'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

type SqliteAdapter = {
  name: string
  clientConfig: { url: string }
  schema: Record<string, unknown>
  busyTimeout?: number
}

/**
 * A transaction for work that must be all-or-nothing even on SQLite, where Payload runs without
 * transactions: there we open a second connection, BEGIN IMMEDIATE on it and register it as a Payload
 * session, so every Local API call made with the request (hooks included) writes inside it. PostgreSQL
 * (and MongoDB replica sets) use the adapter's own transactions. Caveat (SQLite): libsql's busy wait is
 * synchronous, so a write made on the main connection by this same process while the transaction is
 * open waits out the busy timeout and fails; keep the work short and do not write without `req` inside.
 */
export async function inOwnTransaction<T>(
  payload: Payload,
  context: Record<string, unknown>,
  work: (req: PayloadRequest) => Promise<T>,
  beforeCommit?: () => Promise<void>,
): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  const adapter = payload.db as unknown as SqliteAdapter
  let client: ReturnType<typeof createClient> | null = null
  let id: string | number | null
  if (adapter.name === 'sqlite') {
    client = createClient({ url: adapter.clientConfig.url })
    await client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout || 10_000}`)
    const own = Object.create(adapter, { drizzle: { value: drizzle(client, { schema: adapter.schema }) } })
    id = (await beginTransaction.call(own, undefined)) as string
  } else {
    id = ((await payload.db.beginTransaction()) as string | number | null) ?? null
  }
  if (id != null) req.transactionID = id
  try {
    const result = await work(req)
    await beforeCommit?.()
    if (id != null) await payload.db.commitTransaction(id)
    return result
  } catch (error) {
    if (id != null) await payload.db.rollbackTransaction(id)
    throw error
  } finally {
    client?.close()
  }
}
