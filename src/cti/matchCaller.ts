import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { WITH_KEYS } from '../duplicates/findMatches'
import { phoneKey } from '../duplicates/normalize'

export type CallerMatch = { collection: 'contacts' | 'accounts' | 'leads'; id: Id; account: Id | null; owner: Id | null }

/** Most specific first: a contact's mobile names a person, an account's phone a switchboard, a lead comes last. */
const SEARCH_ORDER = ['contacts', 'accounts', 'leads'] as const

/**
 * The tenant's customer a number belongs to, by the duplicate check's normalized phone key
 * (`+86 138-0013-8000` = `13800138000`), so both features agree on what "the same number" is and
 * the lookup uses its indexed column. Most recently updated wins when several share a number.
 * System-level on purpose: the call is linked whoever may read it; what an agent is shown is
 * decided again with their own access (callerCard).
 */
export async function matchCaller(req: PayloadRequest, tenant: Id, number: string): Promise<CallerMatch | null> {
  const key = phoneKey(number)
  if (!key) return null
  for (const collection of SEARCH_ORDER) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ tenant: { equals: tenant } }, { dupKeyPhone: { equals: key } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      context: WITH_KEYS,
      select: collection === 'contacts' ? { account: true, owner: true } : { owner: true },
    })
    const doc = docs[0] as { id: Id; account?: unknown; owner?: unknown } | undefined
    if (doc) {
      const account = collection === 'contacts' && doc.account != null ? (doc.account as Id) : null
      return {
        collection,
        id: doc.id,
        account: collection === 'accounts' ? doc.id : account,
        owner: (doc.owner ?? null) as Id | null,
      }
    }
  }
  return null
}
