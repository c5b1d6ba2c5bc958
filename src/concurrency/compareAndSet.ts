import type { PayloadRequest, Where } from 'payload'
import type { Id } from '../access/types'

/**
 * One atomic `UPDATE … SET … WHERE id = ? AND <condition> RETURNING *` (a findOneAndUpdate on
 * MongoDB): of any number of concurrent callers exactly one sees the condition hold. Inside a
 * PostgreSQL transaction the row stays locked until commit, so a racer waits and then re-checks.
 * Returns the updated row, or null when the condition no longer held.
 */
export async function compareAndSet(
  req: PayloadRequest,
  collection: string,
  id: Id,
  condition: Where,
  data: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  const updated = await req.payload.db.updateOne({
    collection,
    where: { and: [{ id: { equals: id } }, condition] },
    data,
    req,
    options: { atomic: true },
    returning: true,
  } as Parameters<typeof req.payload.db.updateOne>[0])
  return (updated as unknown as Record<string, unknown> | null) ?? null
}
