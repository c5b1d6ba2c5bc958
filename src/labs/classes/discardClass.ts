import type { Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import { wipedCollections } from './resetGroup'

/** What a class creation had made when it failed. */
export type PartialClass = { classId: Id; groups: Id[]; studentEmails: string[]; teacher?: Id | null }

/**
 * Takes back a class whose creation failed partway, so the teacher can simply try again (same slug):
 * the students' logins made so far, the teacher's membership of the class, every row of its groups and
 * of the class (as a reset wipes them, plus the roles and departments a reset keeps), then the tenants.
 * Straight deletes, no hooks: nothing of a class that never existed is kept or announced. A preset's
 * reset template, if this run made it, stays: it is complete or under its temporary slug, and reused.
 */
export async function discardClass(payload: Payload, made: PartialClass): Promise<void> {
  if (made.studentEmails.length > 0)
    await payload.db.deleteMany({ collection: 'users', where: { email: { in: made.studentEmails } } })
  if (made.teacher != null) {
    const teacher = (await payload.findByID({
      collection: 'users',
      id: made.teacher,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as { memberships?: { tenant: unknown }[] } | null
    const kept = (teacher?.memberships ?? []).filter((m) => String(idOf(m.tenant)) !== String(made.classId))
    if (teacher && kept.length !== (teacher.memberships ?? []).length)
      await payload.update({ collection: 'users', id: made.teacher, data: { memberships: kept } as never, overrideAccess: true })
  }
  const tenants = [...made.groups, made.classId]
  for (const collection of [...wipedCollections(payload), 'lab-snapshots', 'departments', 'roles'])
    await payload.db.deleteMany({ collection, where: { tenant: { in: tenants } } })
  // Groups first: each points at its class.
  await payload.db.deleteMany({ collection: 'tenants', where: { id: { in: made.groups } } })
  await payload.db.deleteMany({ collection: 'tenants', where: { id: { equals: made.classId } } })
}
