import type { PayloadRequest } from 'payload'

/**
 * Creates a task or activity for an effect unless the effect already created it (found by its
 * `effectKey`, unique): on SQLite, without transactions, a run killed after the create and repeated
 * creates nothing twice; on PostgreSQL the transaction already guarantees it.
 */
export async function createOnce(
  req: PayloadRequest,
  collection: 'tasks' | 'activities',
  effectKey: string,
  data: Record<string, unknown>,
): Promise<void> {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { effectKey: { equals: effectKey } },
    overrideAccess: true,
    trash: true,
    req,
  })
  if (totalDocs > 0) return
  await req.payload.create({ collection, data: { ...data, effectKey } as never, overrideAccess: true, req })
}
