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

/**
 * Records of the tenant that share an active key with these values, in `sort` order, at most `limit`.
 * One query per key, each a lookup in its (tenant, key) index: one query OR-ing the keys was planned
 * by SQLite as a walk through all the tenant's records (it takes the tenant out of the OR and uses
 * the tenant's index), so each check — and each row of an import — grew slower with the table.
 */
export async function recordsSharingAKey(
  req: PayloadRequest,
  collection: DuplicateCollection,
  tenantId: Id,
  keys: Record<string, string>,
  active: string[],
  options: { sort: 'createdAt' | '-updatedAt'; limit: number; excludeId?: Id | null; select: Record<string, true> },
): Promise<Record<string, unknown>[]> {
  const field = options.sort.replace(/^-/, '')
  const direction = options.sort.startsWith('-') ? -1 : 1
  const found = new Map<string, Record<string, unknown>>()
  for (const key of matchKeysOf(collection)) {
    if (!active.includes(key.key) || !keys[key.key]) continue
    const and: Where[] = [{ tenant: { equals: tenantId } }, { [key.column]: { equals: keys[key.key] } }]
    if (options.excludeId != null) and.push({ id: { not_equals: options.excludeId } })
    const { docs } = await req.payload.find({
      collection,
      where: { and },
      limit: options.limit,
      pagination: false,
      sort: options.sort,
      depth: 0,
      overrideAccess: true,
      req,
      select: { ...options.select, [field]: true },
      context: WITH_KEYS,
    })
    for (const doc of docs as Record<string, unknown>[]) found.set(String(doc.id), doc)
  }
  return [...found.values()]
    .sort((a, b) => direction * String(a[field] ?? '').localeCompare(String(b[field] ?? '')))
    .slice(0, options.limit)
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
  const config = req.payload.collections[collection].config
  const titleField = config.admin?.useAsTitle ?? 'id'
  const select: Record<string, true> = { [titleField]: true, owner: true }
  for (const k of matchKeysOf(collection)) select[k.column] = true
  const candidates = await recordsSharingAKey(req, collection, tenantId, keys, settings.keys, {
    sort: '-updatedAt',
    limit: CANDIDATES,
    excludeId,
    select,
  })
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
