import type { PayloadRequest, Where } from 'payload'
import { type Id, idOf } from '../access/types'
import { relatedToWhere } from '../fields/relatedToWhere'
import { findInTenant, type PersonRecord } from './findPeople'

type Doc = Record<string, unknown>

/** Where a record hangs on a person through the polymorphic `relatedTo`. */
const relatedTo = (person: PersonRecord): Where => relatedToWhere(person.collection, person.id)

/** Business records that link to a person, by collection: how each one points at contacts or leads. */
const LINKS: { collection: string; where: (person: PersonRecord) => Where | null }[] = [
  {
    collection: 'activities',
    where: (p) => (p.collection === 'contacts' ? { or: [relatedTo(p), { contacts: { in: [p.id] } }] } : relatedTo(p)),
  },
  { collection: 'notes', where: relatedTo },
  { collection: 'tasks', where: relatedTo },
  { collection: 'opportunities', where: (p) => (p.collection === 'contacts' ? { contact: { equals: p.id } } : null) },
  { collection: 'service-requests', where: (p) => (p.collection === 'contacts' ? { contact: { equals: p.id } } : null) },
  { collection: 'quotes', where: (p) => (p.collection === 'contacts' ? { contact: { equals: p.id } } : null) },
  { collection: 'sales-orders', where: (p) => (p.collection === 'contacts' ? { contact: { equals: p.id } } : null) },
  { collection: 'invoices', where: (p) => (p.collection === 'contacts' ? { contact: { equals: p.id } } : null) },
  { collection: 'campaigns', where: (p) => ({ [p.collection]: { in: [p.id] } }) },
]

/**
 * Everything in the tenant that refers to the people: activities, notes, tasks, the deals, tickets,
 * documents and campaigns they appear in, and the accounts and opportunities a lead became.
 */
export async function relatedRecords(req: PayloadRequest, tenantId: Id, people: PersonRecord[]): Promise<Record<string, Doc[]>> {
  const result: Record<string, Doc[]> = {}
  const add = (collection: string, docs: Doc[]) => {
    const seen = new Set((result[collection] ?? []).map((d) => String(d.id)))
    result[collection] = [...(result[collection] ?? []), ...docs.filter((d) => !seen.has(String(d.id)))]
  }
  for (const { collection, where } of LINKS) {
    const clauses = people.map(where).filter((w): w is Where => w != null)
    if (clauses.length > 0) add(collection, await findInTenant(req, tenantId, collection, { or: clauses }))
  }
  const accountIds = people.flatMap((p) => [idOf(p.doc.account), idOf(p.doc.convertedAccount)]).filter((id) => id != null)
  if (accountIds.length > 0) add('accounts', await findInTenant(req, tenantId, 'accounts', { id: { in: accountIds } }))
  const opportunityIds = people.map((p) => idOf(p.doc.convertedOpportunity)).filter((id) => id != null)
  if (opportunityIds.length > 0)
    add('opportunities', await findInTenant(req, tenantId, 'opportunities', { id: { in: opportunityIds } }))
  for (const key of Object.keys(result)) if (result[key].length === 0) delete result[key]
  return result
}
