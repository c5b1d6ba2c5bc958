import type { Endpoint } from 'payload'
import { jsonBody, pageParams, routeId } from '../../endpoints/requestParams'
import { exportBundle } from '../bundle/exportBundle'
import { labError, labHandler } from './errors'
import { assertOpen, requireTeacher, taughtGroup } from './teacher'

const MAX_NAME = 200

/** GET /api/labs/groups/:id/snapshots?page=&limit= — the group's snapshots, newest first. */
export const listSnapshotsEndpoint: Endpoint = {
  path: '/labs/groups/:id/snapshots',
  method: 'get',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const { group } = await taughtGroup(req, teacher, routeId(req))
    const { page, limit } = pageParams(req.searchParams)
    const found = await req.payload.find({
      collection: 'lab-snapshots',
      where: { tenant: { equals: group.id } },
      sort: '-createdAt',
      page,
      limit,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true, records: true, createdAt: true },
    })
    return Response.json({
      docs: found.docs.map((d) => ({ id: d.id, name: d.name, createdAt: d.createdAt, records: d.records ?? 0 })),
      totalDocs: found.totalDocs,
      page: found.page ?? page,
      totalPages: found.totalPages,
    })
  }),
}

/**
 * POST /api/labs/groups/:id/snapshots `{ name }` — the group as it is now, configuration and data,
 * saved as a bundle a restore loads back: 201 `{ id, name, createdAt }`. 409 when the class is closed.
 */
export const createSnapshotEndpoint: Endpoint = {
  path: '/labs/groups/:id/snapshots',
  method: 'post',
  custom: { formwork: true },
  handler: labHandler(async (req) => {
    const teacher = await requireTeacher(req)
    const { group, klass } = await taughtGroup(req, teacher, routeId(req))
    const body = await jsonBody(req)
    const name = typeof body.name === 'string' ? body.name.trim() : ''
    if (!name || name.length > MAX_NAME) throw labError(req, 400, 'snapshotName', { max: MAX_NAME }, 'name')
    assertOpen(req, klass)
    const { bundle } = await exportBundle(req.payload, group.id, name, { data: true }, req)
    const records = Object.values(bundle.records ?? {}).reduce((sum, items) => sum + (items?.length ?? 0), 0)
    const doc = await req.payload.create({
      collection: 'lab-snapshots',
      data: { tenant: group.id, name, bundle, records, createdBy: teacher.userId } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    return Response.json({ id: doc.id, name: doc.name, createdAt: doc.createdAt }, { status: 201 })
  }),
}
