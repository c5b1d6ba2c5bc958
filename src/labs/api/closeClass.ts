import type { Endpoint } from 'payload'
import { routeId } from '../../endpoints/requestParams'
import { labHandler } from './errors'
import { requireTeacher, taughtClass } from './teacher'

/**
 * POST /api/labs/classes/:id/close — the class and its groups are marked closed (`closedAt`): from
 * then on the groups' students cannot sign in or reach anything, the teacher still reads everything
 * (grading), and resets, snapshots and restores are refused (409). Closing a closed class changes nothing.
 */
export const closeClassEndpoint: Endpoint = {
  path: '/labs/classes/:id/close',
  method: 'post',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const klass = await taughtClass(req, teacher, routeId(req))
    const closedAt = klass.closedAt ?? new Date().toISOString()
    // Groups first: if this fails halfway the class is still open and closing again finishes it.
    await req.payload.db.updateMany({
      collection: 'tenants',
      where: { and: [{ parent: { equals: klass.id } }, { kind: { equals: 'group' } }] },
      data: { closedAt },
      req,
    })
    await req.payload.db.updateOne({ collection: 'tenants', id: klass.id, data: { closedAt }, req, returning: false })
    return Response.json({ ok: true, closed: true })
  }),
}
