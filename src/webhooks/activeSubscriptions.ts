import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

export type Subscription = { id: Id; events: string[]; url: string }

/** Like workflows: a save in this process clears the cache; other processes see changes within this time. */
const TRUST_MS = 5_000
const cache = new Map<string, { subscriptions: Subscription[]; fetchedAt: number }>()
export const forgetSubscriptions = () => cache.clear()

/** The active webhook subscriptions of an entity in a tenant. */
export async function activeSubscriptions(req: PayloadRequest, tenant: Id, entity: string): Promise<Subscription[]> {
  const key = `${tenant}:${entity}`
  const hit = cache.get(key)
  if (hit && Date.now() - hit.fetchedAt < TRUST_MS) return hit.subscriptions
  const { docs } = await req.payload.find({
    collection: 'webhook-subscriptions',
    where: { and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { active: { equals: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { events: true, url: true },
    req,
  })
  const subscriptions = docs.map((d) => ({ id: d.id as Id, events: (d.events ?? []) as string[], url: String(d.url) }))
  cache.set(key, { subscriptions, fetchedAt: Date.now() })
  return subscriptions
}
