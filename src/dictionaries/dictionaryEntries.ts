import type { PayloadRequest } from 'payload'

export type DictionaryEntry = { value: string; labelZh?: string; labelEn?: string; active?: boolean | null }

/**
 * The entries of one of a tenant's dictionaries (active and not), or null when the tenant has no
 * dictionary with that key. Read once per request.
 */
export async function dictionaryEntries(req: PayloadRequest, tenant: unknown, key: string): Promise<DictionaryEntry[] | null> {
  const cacheKey = `formworkDictionary:${String(tenant)}:${key}`
  if (cacheKey in req.context) return req.context[cacheKey] as DictionaryEntry[] | null
  const { docs } = await req.payload.find({
    collection: 'dictionaries',
    where: { and: [{ tenant: { equals: tenant } }, { key: { equals: key } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const entries = docs[0] ? ((docs[0] as { options?: DictionaryEntry[] }).options ?? []) : null
  req.context[cacheKey] = entries
  return entries
}

/** The values a new write may use: the entries still active. */
export const activeValues = (entries: DictionaryEntry[] | null) =>
  new Set((entries ?? []).filter((e) => e.active !== false).map((e) => e.value))
