import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs work in a transaction of its own where the adapter has them (PostgreSQL, MongoDB replica sets),
 * every Local API call made with the request (hooks included) inside it; on SQLite, where Payload runs
 * without transactions, the work runs as it is, so callers make it safe to repeat. An error rolls back and
 * is thrown again.
 */
export async function inOwnTransaction<T>(
  payload: Payload,
  context: Record<string, unknown>,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  const id = ((await payload.db.beginTransaction()) as string | number | null) ?? null
  if (id != null) req.transactionID = id
  try {
    const result = await work(req)
    if (id != null) await payload.db.commitTransaction(id)
    return result
  } catch (error) {
    if (id != null) await payload.db.rollbackTransaction(id)
    throw error
  }
}
