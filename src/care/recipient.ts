import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { dayOf } from '../calendar/range/zonedTime'
import { OCCASIONS, type Occasion } from './occasions'

type Consent = Record<'email' | 'sms', { allowed?: boolean | null } | undefined> | undefined
type Person = {
  name?: string
  email?: string | null
  mobile?: string | null
  phone?: string | null
  consent?: Consent
  owner?: unknown
}

export type Recipient = {
  name: string
  email: string | null
  mobile: string | null
  owner: Id | null
  /** The record the message goes to: the contact, or the account (a contract's when it names no contact). */
  target: { collection: 'contacts' | 'accounts'; id: Id }
  /** Whole years since the occasion's date, on a given day (a birthday's age, an anniversary's count). */
  years: (day: string) => number
  /** People (contacts) say per channel whether they may be contacted; a company's own address may. */
  consents: (channel: 'email' | 'sms') => boolean
}

const read = async (req: PayloadRequest, collection: string, id: unknown) =>
  id == null
    ? null
    : ((await req.payload.findByID({
        collection: collection as 'contacts',
        id: idOf(id) as Id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as unknown as Person & Record<string, unknown>)

/**
 * Who a care message goes to: the contact on a birthday, the account on its founding day, and on a
 * contract's anniversary its contact when it names one (with their consent), else its account.
 */
export async function recipientOf(req: PayloadRequest, occasion: Occasion, id: Id, zone: string): Promise<Recipient> {
  const { collection, field } = OCCASIONS[occasion]
  const record = await read(req, collection, id)
  if (!record) throw new Error(`${collection} ${id} is gone`)
  const since = String(record[field] ?? '')
  let person: Person = record
  let isPerson = collection === 'contacts'
  let target = { collection: collection as 'contacts' | 'accounts', id }
  if (collection === 'contracts') {
    const contact = await read(req, 'contacts', record.contact)
    const account = contact ? null : await read(req, 'accounts', record.account)
    person = { ...(contact ?? account ?? {}), name: String(contact?.name ?? account?.name ?? record.name) }
    isPerson = contact != null
    target = contact
      ? { collection: 'contacts', id: idOf(contact.id) as Id }
      : { collection: 'accounts', id: (idOf(account?.id) ?? idOf(record.account)) as Id }
  }
  return {
    name: String(person.name ?? record.name ?? ''),
    email: person.email || null,
    mobile: person.mobile || (isPerson ? null : person.phone) || null,
    owner: idOf(record.owner),
    target,
    // The stored day as the company reads it, as the due query does.
    years: (day) => {
      const start = dayOf(new Date(since), zone)
      return Number(day.slice(0, 4)) - Number(start.slice(0, 4)) - (day.slice(5) < start.slice(5) ? 1 : 0)
    },
    consents: (channel) => !isPerson || person.consent?.[channel]?.allowed === true,
  }
}
