import type { Payload } from 'payload'
import type { Id } from '../../../src/access/types'

/** What a solution writes and reads: the group's records, as the system (a student's own rights are not the point). */
export type Lab = {
  payload: Payload
  group: Id
  /** The id of the group's record whose readable key field holds `value` (an account by code, a lead by name…). */
  find: (collection: string, field: string, value: string) => Promise<Id>
  create: (collection: string, data: Record<string, unknown>) => Promise<Id>
  update: (collection: string, id: Id, data: Record<string, unknown>) => Promise<void>
  /** A member of the group: who a student dispatches to, claims for or assigns (the student themself). */
  member: () => Promise<Id>
}

export function lab(payload: Payload, group: Id): Lab {
  const find = async (collection: string, field: string, value: string): Promise<Id> => {
    const { docs } = await payload.find({
      collection: collection as 'accounts',
      where: { and: [{ tenant: { equals: group } }, { [field]: { equals: value } }] },
      sort: 'id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs[0]) throw new Error(`The group has no ${collection} with ${field} "${value}"`)
    return docs[0].id
  }
  const create = async (collection: string, data: Record<string, unknown>): Promise<Id> => {
    const doc = await payload.create({
      collection: collection as 'accounts',
      data: { ...data, tenant: group } as never,
      overrideAccess: true,
      depth: 0,
    })
    return doc.id
  }
  const update = async (collection: string, id: Id, data: Record<string, unknown>): Promise<void> => {
    await payload.update({ collection: collection as 'accounts', id, data: data as never, overrideAccess: true, depth: 0 })
  }
  const member = async (): Promise<Id> => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { 'memberships.tenant': { equals: group } },
      sort: 'id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs[0]) throw new Error('The group has no member')
    return docs[0].id
  }
  return { payload, group, find, create, update, member }
}

/** A polymorphic link to a record, as activities, tasks and notes hold it. */
export const related = (relationTo: string, value: Id) => ({ relationTo, value })

/** A moment, as Payload stores dates. */
export const at = (iso: string) => new Date(iso).toISOString()
