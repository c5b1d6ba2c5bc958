import { NotFound, type PayloadRequest, type Where } from 'payload'
import type { AccessContext, Id } from '../access/types'
import { idOf } from '../access/types'
import type { PersonCollection } from './personalFields'

export type PersonRecord = { collection: PersonCollection; id: Id; doc: Record<string, unknown> }

const inTenant = (context: AccessContext, where: Where): Where =>
  context.tenantId == null ? where : { and: [where, { tenant: { equals: context.tenantId } }] }

const findAll = async (req: PayloadRequest, collection: string, where: Where) =>
  (
    await req.payload.find({
      collection,
      where,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      trash: true,
      req,
    })
  ).docs as Record<string, unknown>[]

/**
 * The person asked about, and the same person's other record: a lead converted into a contact is
 * one person, so export and erasure cover both. A record of another tenant is 404, as everywhere.
 */
export async function findPeople(
  req: PayloadRequest,
  context: AccessContext,
  collection: PersonCollection,
  id: Id,
): Promise<PersonRecord[]> {
  const [subject] = await findAll(req, collection, inTenant(context, { id: { equals: id } }))
  if (!subject) throw new NotFound(req.t)
  const people: PersonRecord[] = [{ collection, id: subject.id as Id, doc: subject }]
  const tenant: AccessContext = { ...context, tenantId: idOf(subject.tenant) }
  if (collection === 'leads' && idOf(subject.convertedContact) != null) {
    const contacts = await findAll(req, 'contacts', inTenant(tenant, { id: { equals: idOf(subject.convertedContact) } }))
    people.push(...contacts.map((doc) => ({ collection: 'contacts' as const, id: doc.id as Id, doc })))
  }
  if (collection === 'contacts') {
    const leads = await findAll(req, 'leads', inTenant(tenant, { convertedContact: { equals: subject.id } }))
    people.push(...leads.map((doc) => ({ collection: 'leads' as const, id: doc.id as Id, doc })))
  }
  return people
}

/** Every record of a collection the tenant holds that matches, including those in the recycle bin. */
export const findInTenant = (req: PayloadRequest, tenantId: Id, collection: string, where: Where) =>
  findAll(req, collection, { and: [where, { tenant: { equals: tenantId } }] })
