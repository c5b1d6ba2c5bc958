import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import type { CallSignal } from './callHub'

/** What the screen pop shows: the call, and its customer as far as the agent may see them. */
export type CallerCard = CallSignal & {
  customerCard: {
    collection: string
    id: Id
    name: string
    company: string | null
    lastFollowUpAt: string | null
    href: string
  } | null
  /** The number belongs to a customer this agent may not read: said, but not who. */
  customerHidden: boolean
}

type Doc = Record<string, unknown> & { id: Id }

const read = async (req: PayloadRequest, collection: string, id: Id): Promise<Doc | null> => {
  try {
    return (await req.payload.findByID({
      collection: collection as 'accounts',
      id,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })) as unknown as Doc
  } catch {
    return null
  }
}

const nameOf = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { name?: unknown }).name ?? '') || null : null

/**
 * The caller's card for one agent, read with that agent's own access (role, data scope, field
 * permissions and masking): the CTI links a call to whichever customer owns the number, but an
 * agent who may not read that customer learns only that the number is known.
 */
export async function callerCard(req: PayloadRequest, signal: CallSignal): Promise<CallerCard> {
  if (!signal.customer) return { ...signal, customerCard: null, customerHidden: false }
  const doc = await read(req, signal.customer.collection, signal.customer.id)
  if (!doc) return { ...signal, customerCard: null, customerHidden: true }
  const account =
    signal.customer.collection === 'contacts' && doc.account && typeof doc.account === 'object' ? (doc.account as Doc) : null
  return {
    ...signal,
    customerHidden: false,
    customerCard: {
      collection: signal.customer.collection,
      id: doc.id,
      name: String(doc.name ?? doc.id),
      company: nameOf(doc.account) ?? (typeof doc.company === 'string' ? doc.company : null),
      lastFollowUpAt: ((account ?? doc).lastFollowUpAt as string | null | undefined) ?? null,
      href: `/app/${signal.customer.collection}/${doc.id}`,
    },
  }
}
