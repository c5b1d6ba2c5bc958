import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

type Undo = () => Promise<unknown>

/**
 * Run several writes as one: in a database transaction where the adapter has them (PostgreSQL,
 * MongoDB replica sets); on SQLite, where Payload runs without transactions, by undoing the writes
 * already made, in reverse order, when a later one fails. Either way nothing is left half-done.
 */
export async function atomically<T>(req: PayloadRequest, work: (onUndo: (undo: Undo) => void) => Promise<T>): Promise<T> {
  const undos: Undo[] = []
  const owns = await initTransaction(req)
  // Without transactions (SQLite) the adapter leaves a resolved promise of null behind, not an id.
  const transactional = owns || typeof req.transactionID === 'string' || typeof req.transactionID === 'number'
  try {
    const result = await work((undo) => undos.push(undo))
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    if (!transactional) {
      for (const undo of undos.reverse())
        await undo().catch((e) => req.payload.logger.error({ err: e, msg: 'Undo after a failed conversion failed' }))
    }
    throw error
  }
}
