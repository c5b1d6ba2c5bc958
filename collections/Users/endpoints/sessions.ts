import { type Endpoint, Forbidden, NotFound, type PayloadRequest } from 'payload'
import { getAccessContext, grantFor } from '../../../src/access/accessContext'
import type { Id } from '../../../src/access/types'
import { documentId } from '../../../src/endpoints/requestParams'

type Session = { id: string; createdAt: string; expiresAt: string }
type UserWithSessions = { id: Id; name?: string; email?: string; sessions?: Session[] }

export type SessionRow = {
  userId: Id
  name: string
  email: string
  sessionId: string
  createdAt: string
  expiresAt: string
  ip: string | null
  userAgent: string | null
}

/** Who may see and end the sessions of the active tenant's users: those who manage its users. */
async function assertManagesSessions(req: PayloadRequest) {
  const context = await getAccessContext(req)
  if (
    !context ||
    !(context.superAdmin || grantFor(context, 'users', 'update')) ||
    (!context.superAdmin && context.tenantId == null)
  ) {
    throw new Forbidden(req.t)
  }
  return context
}

const PAGE_SIZE_MAX = 100

/** Current (unexpired) sessions of the tenant's users, newest first, a page at a time. */
export const listSessions: Endpoint = {
  path: '/sessions',
  custom: { formwork: true },
  method: 'get',
  handler: async (req) => {
    const context = await assertManagesSessions(req)
    const page = Math.max(1, Number(req.searchParams.get('page')) || 1)
    const limit = Math.min(PAGE_SIZE_MAX, Math.max(1, Number(req.searchParams.get('limit')) || 20))
    const { docs } = await req.payload.find({
      collection: 'users',
      where: context.tenantId == null ? {} : { 'memberships.tenant': { equals: context.tenantId } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      select: { name: true, email: true, sessions: true },
      req,
    })
    const now = Date.now()
    const rows: SessionRow[] = (docs as unknown as UserWithSessions[])
      .flatMap((user) =>
        (user.sessions ?? [])
          .filter((s) => new Date(s.expiresAt).getTime() > now)
          .map((s) => ({
            userId: user.id,
            name: user.name ?? '',
            email: user.email ?? '',
            sessionId: s.id,
            createdAt: new Date(s.createdAt).toISOString(),
            expiresAt: new Date(s.expiresAt).toISOString(),
            ip: null as string | null,
            userAgent: null as string | null,
          })),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    const pageRows = rows.slice((page - 1) * limit, page * limit)
    if (pageRows.length > 0) {
      const { docs: logins } = await req.payload.find({
        collection: 'login-log',
        where: { sessionId: { in: pageRows.map((r) => r.sessionId) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { sessionId: true, ip: true, userAgent: true },
        req,
      })
      for (const row of pageRows) {
        const login = logins.find((l) => (l as { sessionId?: string }).sessionId === row.sessionId) as
          | { ip?: string; userAgent?: string }
          | undefined
        row.ip = login?.ip ?? null
        row.userAgent = login?.userAgent ?? null
      }
    }
    return Response.json({
      docs: pageRows,
      page,
      limit,
      totalDocs: rows.length,
      totalPages: Math.max(1, Math.ceil(rows.length / limit)),
    })
  },
}

/** Ends one session: the token carrying it is refused from the next request on. */
export const endSession: Endpoint = {
  path: '/:id/sessions/:sid',
  custom: { formwork: true },
  method: 'delete',
  handler: async (req) => {
    const context = await assertManagesSessions(req)
    const id = String(req.routeParams?.id ?? '')
    const sid = String(req.routeParams?.sid ?? '')
    const { docs } = await req.payload.find({
      collection: 'users',
      where: {
        and: [
          { id: { equals: documentId(req, id) } },
          ...(context.tenantId == null ? [] : [{ 'memberships.tenant': { equals: context.tenantId } }]),
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    const user = docs[0] as unknown as UserWithSessions | undefined
    if (!user || !(user.sessions ?? []).some((s) => s.id === sid)) throw new NotFound(req.t)
    await req.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { sessions: (user.sessions ?? []).filter((s) => s.id !== sid) },
      req,
      returning: false,
    })
    return Response.json({ ended: sid })
  },
}
