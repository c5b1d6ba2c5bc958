import { beginTransaction } from '@payloadcms/drizzle'
import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { clearCopiedRows, copyTenantRows, type TenantRows } from './cloneTenant'

/**
 * A group made a copy of another's rows: its own rows in the copied collections (a new tenant's
 * defaults) removed — or all of them but what a reset keeps, by the `clear` a reset passes — then the
 * source's copied in. On PostgreSQL one transaction: a copy that fails leaves the group as it was.
 * SQLite runs without transactions here: a failed copy leaves the group partly filled, and running it
 * again — it clears first — completes it.
 *
 * FORMWORK_CLONE_SQLITE_TRANSACTION=1 (for measuring only, see docs/labs.md) wraps the SQLite copy in
 * drizzle's transaction anyway: about 40% faster, but the libsql client then gives the transaction its
 * connection and opens a new one for everything else without the busy_timeout pragma set at connect,
 * so a request writing meanwhile fails with SQLITE_BUSY instead of waiting. Not for a running server.
 */
export async function cloneGroup(
  payload: Payload,
  rows: TenantRows,
  group: Id,
  clear: (payload: Payload, group: Id, req: PayloadRequest) => Promise<void> = clearCopiedRows,
): Promise<number> {
  const transaction =
    ((await payload.db.beginTransaction()) as string | number | null) ??
    (process.env.FORMWORK_CLONE_SQLITE_TRANSACTION === '1'
      ? ((await beginTransaction.call(payload.db as never, undefined as never)) as string)
      : null)
  const req = { transactionID: transaction ?? undefined } as PayloadRequest
  try {
    await clear(payload, group, req)
    const written = await copyTenantRows(payload, rows, group, req)
    if (transaction != null) await payload.db.commitTransaction(transaction)
    return written
  } catch (error) {
    if (transaction != null) await payload.db.rollbackTransaction(transaction)
    throw error
  }
}
