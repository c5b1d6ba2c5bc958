import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { activeConfigs } from '../config/activeConfigs'

export type Subscription = { id: Id; events: string[]; url: string }

const subscriptions = activeConfigs('webhook-subscriptions', (d) => ({
  id: d.id as Id,
  events: (d.events ?? []) as string[],
  url: String(d.url),
}))

export const forgetSubscriptions = subscriptions.forget

/** The active webhook subscriptions of an entity in a tenant. */
export const activeSubscriptions: (req: PayloadRequest, tenant: Id, entity: string) => Promise<Subscription[]> =
  subscriptions.load
