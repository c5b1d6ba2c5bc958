import type { PayloadRequest, Sort } from 'payload'
import type { Id } from '../access/types'

/** A save in this process clears the cache at once; other server processes see a change within this time. */
const TRUST_MS = 5_000

/**
 * A cached reader of one tenant's active configuration documents for an entity (workflows, approval
 * processes, webhook subscriptions): read on nearly every write, so kept for a few seconds per
 * process, cleared by the collection's own save and delete hooks.
 */
export function activeConfigs<T>(collection: string, convert: (doc: Record<string, unknown>) => T, sort?: Sort) {
  const cache = new Map<string, { items: T[]; fetchedAt: number }>()
  const load = async (req: PayloadRequest, tenant: Id, entity: string): Promise<T[]> => {
    const key = `${tenant}:${entity}`
    const hit = cache.get(key)
    if (hit && Date.now() - hit.fetchedAt < TRUST_MS) return hit.items
    const { docs } = await req.payload.find({
      collection: collection as 'workflows',
      where: { and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { active: { equals: true } }] },
      ...(sort ? { sort } : {}),
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const items = (docs as unknown as Record<string, unknown>[]).map(convert)
    cache.set(key, { items, fetchedAt: Date.now() })
    return items
  }
  return { load, forget: () => cache.clear() }
}
