import type { Payload, PayloadRequest, Where } from 'payload'
import type { Id } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { message, toLanguage } from '../i18n'
import { logPoolMove, POOL_COLLECTIONS } from './poolMoves'

/** Held records whose last follow-up (or, without one, their claim or creation) is older than the cut-off. */
export const staleWhere = (tenant: Id, cutoff: string): Where => ({
  and: [
    { tenant: { equals: tenant } },
    { owner: { exists: true } },
    {
      or: [
        { lastFollowUpAt: { less_than: cutoff } },
        { and: [{ lastFollowUpAt: { exists: false } }, { claimedAt: { less_than: cutoff } }] },
        { and: [{ lastFollowUpAt: { exists: false } }, { claimedAt: { exists: false } }, { createdAt: { less_than: cutoff } }] },
      ],
    },
  ],
})

/**
 * Records nobody followed up for the tenant's number of days go back to the pool, each move logged.
 * A page at a time, so a tenant with a large backlog never loads it all at once.
 */
export async function autoReturn(payload: Payload, req: PayloadRequest, now = new Date()): Promise<number> {
  const { docs: tenants } = await payload.find({
    collection: 'tenants',
    where: { poolReturnDays: { greater_than: 0 } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { poolReturnDays: true, language: true },
  })
  let returned = 0
  for (const tenant of tenants as { id: Id; poolReturnDays: number; language?: string }[]) {
    const cutoff = new Date(now.getTime() - tenant.poolReturnDays * 86_400_000).toISOString()
    const reason = message(toLanguage(tenant.language), 'poolAutoReturned', { days: tenant.poolReturnDays })
    for (const collection of POOL_COLLECTIONS) {
      for (;;) {
        const { docs } = await payload.find({
          collection,
          where: staleWhere(tenant.id, cutoff),
          limit: 100,
          depth: 0,
          overrideAccess: true,
          select: { owner: true },
        })
        if (docs.length === 0) break
        let movedThisPage = 0
        for (const doc of docs as { id: Id; owner: Id }[]) {
          const moved = await compareAndSet(
            req,
            collection,
            doc.id,
            { owner: { equals: doc.owner } },
            {
              owner: null,
              department: null,
              returnedAt: now.toISOString(),
              returnReason: reason,
              updatedAt: now.toISOString(),
            },
          )
          if (!moved) continue // claimed or followed up meanwhile
          movedThisPage++
          await logPoolMove(req, collection, doc.id, tenant.id, 'auto-return', { before: doc.owner, after: null }, reason)
        }
        returned += movedThisPage
        if (movedThisPage === 0) break
      }
    }
  }
  return returned
}
