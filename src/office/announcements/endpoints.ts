import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { type Id, idOf } from '../../access/types'
import { routeId } from '../../endpoints/requestParams'

type Announcement = {
  id: Id
  tenant: unknown
  audience: 'all' | 'departments' | 'users'
  audienceDepartments?: unknown[] | null
  audienceUsers?: unknown[] | null
}

/** The announcement as the caller may read it (their audience or scope), or 404. */
async function readable(req: PayloadRequest): Promise<Announcement> {
  const doc = await req.payload.findByID({
    collection: 'announcements',
    id: routeId(req),
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!doc) throw new APIError('Not Found', 404)
  return doc as unknown as Announcement
}

/**
 * POST /api/announcements/:id/read → { readAt }: the caller has read it. The unique (announcement,
 * user) index makes a second or simultaneous read keep the first time instead of adding a row.
 */
export const markReadEndpoint: Endpoint = {
  path: '/:id/read',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    if (!req.user) throw new APIError('Unauthorized', 401)
    const announcement = await readable(req)
    const mine: Where = { and: [{ announcement: { equals: announcement.id } }, { user: { equals: req.user.id } }] }
    const existing = async () =>
      (await req.payload.find({ collection: 'announcement-reads', where: mine, limit: 1, depth: 0, overrideAccess: true }))
        .docs[0]
    const before = await existing()
    if (before) return Response.json({ readAt: before.readAt })
    try {
      const row = await req.payload.create({
        collection: 'announcement-reads',
        data: {
          tenant: idOf(announcement.tenant),
          announcement: announcement.id,
          user: req.user.id,
          readAt: new Date().toISOString(),
        },
        overrideAccess: true,
        depth: 0,
      })
      return Response.json({ readAt: row.readAt }, { status: 201 })
    } catch (error) {
      // The same person read it in another tab at the same instant: theirs stands.
      const winner = await existing()
      if (winner) return Response.json({ readAt: winner.readAt })
      throw error
    }
  },
}

const PAGE = 50

/** Everyone the announcement is addressed to, a page at a time (active members of its tenant). */
async function audiencePage(req: PayloadRequest, a: Announcement, page: number) {
  const tenant = idOf(a.tenant)
  const members: Where[] = [{ 'memberships.tenant': { equals: tenant } }]
  if (a.audience === 'users') members.push({ id: { in: (a.audienceUsers ?? []).map(idOf) } })
  if (a.audience === 'departments') members.push({ 'memberships.department': { in: (a.audienceDepartments ?? []).map(idOf) } })
  return req.payload.find({
    collection: 'users',
    where: { and: members },
    sort: 'name',
    limit: PAGE,
    page,
    depth: 0,
    overrideAccess: true,
    select: { name: true, email: true },
  })
}

/**
 * GET /api/announcements/:id/receipts?page= → { read, total, people: [{ id, name, readAt }] }: who of
 * the audience has read it, for those who may edit the announcement (its author, their managers).
 */
export const receiptsEndpoint: Endpoint = {
  path: '/:id/receipts',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    if (!req.user) throw new APIError('Unauthorized', 401)
    const context = await getAccessContext(req)
    // `update` access decides: the audience may read an announcement, not its receipts.
    const editable = await req.payload.find({
      collection: 'announcements',
      where: { and: [{ id: { equals: routeId(req) } }, await updateWhere(req)] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const announcement = editable.docs[0] as unknown as Announcement | undefined
    if (!announcement || !context) throw new APIError('Not Found', 404)
    const page = Math.max(1, Number.parseInt(req.searchParams.get('page') ?? '1', 10) || 1)
    const people = await audiencePage(req, announcement, page)
    const ids = people.docs.map((p) => p.id)
    const reads = await req.payload.find({
      collection: 'announcement-reads',
      where: { and: [{ announcement: { equals: announcement.id } }, { user: { in: ids } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const readAt = new Map(reads.docs.map((r) => [String(idOf(r.user)), r.readAt as string]))
    const read = await req.payload.count({
      collection: 'announcement-reads',
      where: { announcement: { equals: announcement.id } },
      overrideAccess: true,
    })
    return Response.json({
      read: read.totalDocs,
      total: people.totalDocs,
      page: people.page,
      totalPages: people.totalPages,
      people: people.docs.map((p) => ({ id: p.id, name: p.name || p.email, readAt: readAt.get(String(p.id)) ?? null })),
    })
  },
}

/** The rows the caller may update, as a `where` (within their tenant). */
async function updateWhere(req: PayloadRequest): Promise<Where> {
  const context = await getAccessContext(req)
  const result = await req.payload.collections.announcements.config.access.update({ req } as never)
  if (result === false || !context || context.tenantId == null) throw new APIError('Not Found', 404)
  const tenant: Where = { tenant: { equals: context.tenantId } }
  return result === true ? tenant : { and: [tenant, result as Where] }
}
