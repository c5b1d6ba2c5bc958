import type { Endpoint } from 'payload'
import { type Id, idOf } from '../../access/types'
import { routeId } from '../../endpoints/requestParams'
import type { Bundle } from '../bundle/format'
import { resetGroup } from '../classes/resetGroup'
import { labHandler } from './errors'
import { assertOpen, requireTeacher, snapshotNotFound, taughtGroup } from './teacher'

/**
 * POST /api/labs/snapshots/:id/restore — the snapshot's group becomes exactly the snapshot: the
 * group is reset to the snapshot's bundle (its configuration and data); students' logins and the
 * group's snapshots stay. 409 when the class is closed; 404 for a snapshot of a class not taught.
 */
export const restoreSnapshotEndpoint: Endpoint = {
  path: '/labs/snapshots/:id/restore',
  method: 'post',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const snapshot = (await req.payload
      .findByID({ collection: 'lab-snapshots', id: routeId(req), depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as { tenant: unknown; bundle: Bundle } | null
    const groupId = idOf(snapshot?.tenant)
    if (!snapshot || groupId == null) throw snapshotNotFound(req)
    const { group, klass } = await taughtGroup(req, teacher, groupId as Id).catch(() => {
      throw snapshotNotFound(req)
    })
    assertOpen(req, klass)
    await resetGroup(req.payload, group.id, snapshot.bundle)
    return Response.json({ ok: true })
  }),
}
