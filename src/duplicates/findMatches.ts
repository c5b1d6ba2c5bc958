import type { PayloadRequest, Where } from 'payload'
import { type Id, idOf } from '../access/types'
import { POOL_COLLECTIONS } from '../pool/poolMoves'
import { computeKeys, type DuplicateCollection, matchKeysOf } from './matchKeys'
import { duplicateSettings, type Policy } from './settings'

export type Match = { id: Id; title: string; keys: string[]; owner: Id | null; inPool: boolean }

export type MatchResult = {
  policy: Policy
  /** Records the user may read: offered by id and title. */
  matches: Match[]
  /** Records the user may not read (a colleague's): only how many, and by which keys. */
  hidden: { count: number; keys: string[] }
}

/** How many candidates one check looks at; a key shared by more than this is a data problem, not a warning. */
const CANDIDATES = 50

/** Read the stored match keys (the API strips them): our own reads say so. */
export const WITH_KEYS = { readMatchKeys: true }

/** The where clause "shares any active key with these values". */
export function sharesAKey(collection: DuplicateCollection, keys: Record<string, string>, active: string[]): Where | null {
  const clauses: Where[] = matchKeysOf(collection)
    .filter((k) => active.includes(k.key) && keys[k.key])
    .map((k) => ({ [k.column]: { equals: keys[k.key] } }))
  if (clauses.length === 0) return null
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}

/**
 * Records of the tenant that look like the draft (or the record `excludeId` being edited), split by
 * what the user may read: a check must never reveal a colleague's customer, only that one exists.
 */
export async function findMatches(
  req: PayloadRequest,
  collection: DuplicateCollection,
  tenantId: Id,
  draft: Record<string, unknown>,
  { excludeId, asUser = true }: { excludeId?: Id | null; asUser?: boolean } = {},
): Promise<MatchResult> {
  const settings = await duplicateSettings(req, tenantId, collection)
  const empty: MatchResult = { policy: settings.policy, matches: [], hidden: { count: 0, keys: [] } }
  if (settings.policy === 'off') return empty
  const keys = computeKeys(collection, draft)
  const shares = sharesAKey(collection, keys, settings.keys)
  if (!shares) return empty
  const and: Where[] = [{ tenant: { equals: tenantId } }, shares]
  if (excludeId != null) and.push({ id: { not_equals: excludeId } })
  const config = req.payload.collections[collection].config
  const titleField = config.admin?.useAsTitle ?? 'id'
  const select: Record<string, true> = { [titleField]: true, owner: true }
  for (const k of matchKeysOf(collection)) select[k.column] = true
  const { docs } = await req.payload.find({
    collection,
    where: { and },
    limit: CANDIDATES,
    sort: '-updatedAt',
    depth: 0,
    overrideAccess: true,
    req,
    select,
    context: WITH_KEYS,
  })
  const candidates = docs as Record<string, unknown>[]
  if (candidates.length === 0) return empty
  const readable = asUser
    ? await readableIds(
        req,
        collection,
        candidates.map((d) => d.id as Id),
      )
    : null
  const matchedKeys = (doc: Record<string, unknown>) =>
    matchKeysOf(collection)
      .filter((k) => settings.keys.includes(k.key) && keys[k.key] && doc[k.column] === keys[k.key])
      .map((k) => k.key)
  const result: MatchResult = { ...empty, matches: [], hidden: { count: 0, keys: [] } }
  const hiddenKeys = new Set<string>()
  for (const doc of candidates) {
    if (readable && !readable.has(String(doc.id))) {
      result.hidden.count++
      for (const key of matchedKeys(doc)) hiddenKeys.add(key)
      continue
    }
    const owner = idOf(doc.owner)
    result.matches.push({
      id: doc.id as Id,
      title: String(doc[titleField] ?? doc.id),
      keys: matchedKeys(doc),
      owner,
      inPool: owner == null && (POOL_COLLECTIONS as readonly string[]).includes(collection),
    })
  }
  result.hidden.keys = [...hiddenKeys]
  return result
}

/** Which of these records the request's user may read (their own access, as on any list). */
export async function readableIds(req: PayloadRequest, collection: string, ids: Id[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    select: { id: true },
  })
  return new Set(docs.map((d) => String(d.id)))
}
