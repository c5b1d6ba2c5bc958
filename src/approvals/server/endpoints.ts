import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { type Id, idOf } from '../../access/types'
import { atomically } from '../../conversions/atomically'
import { documentId, jsonBody } from '../../endpoints/requestParams'
import { toLanguage } from '../../i18n'
import { processFor, ruleHolds } from '../engine'
import { activeProcesses } from './activeProcesses'
import { approvalError } from './approvalError'
import { decideRequest, requestOf } from './decideRequest'
import type { RequestDoc } from './requestState'
import { requestViews } from './requestView'
import { startApproval } from './startApproval'

/** A business record as the user may see it (404 when it does not exist or they may not). */
async function recordOf(req: PayloadRequest, entity: string, id: unknown) {
  if (!(BUSINESS_COLLECTIONS as readonly string[]).includes(entity)) throw new APIError('Not Found', 404)
  const doc = await req.payload
    .findByID({ collection: entity as 'accounts', id: documentId(req, id), depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!doc) throw new APIError('Not Found', 404)
  const record = doc as unknown as Record<string, unknown> & { id: Id }
  const tenant = idOf(record.tenant)
  if (tenant == null) throw new APIError('Not Found', 404)
  return { record, tenant }
}

async function colleagues(req: PayloadRequest, tenant: Id) {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ 'memberships.tenant': { equals: tenant } }, { active: { not_equals: false } }] },
    sort: 'name',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    select: { name: true, email: true },
    req,
  })
  return docs.map((u) => ({ id: String(u.id), name: (u as { name?: string }).name || (u as { email: string }).email }))
}

const BOXES = {
  waiting: (me: Id): Where => ({ and: [{ waitingFor: { equals: me } }, { status: { equals: 'pending' } }] }),
  submitted: (me: Id): Where => ({ submitter: { equals: me } }),
  done: (me: Id): Where => ({ deciders: { equals: me } }),
}
type Box = keyof typeof BOXES

/**
 * The approval API. POST /api/approvals/submit `{entity, id, process?}` starts an approval of a record
 * the user can see. POST /api/approvals/:id/decide `{action, comment, toStep?, user?, version?}`
 * answers it. GET /api/approvals/inbox?box=waiting|submitted|done&status=&page=&limit= lists the user's
 * requests with the three counts. GET /api/approvals/record/:entity/:id is the record panel's view.
 */
export const approvalEndpoints: Endpoint[] = [
  {
    path: '/approvals/submit',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      if (!req.user) throw new APIError('Unauthorized', 401)
      const body = await jsonBody(req)
      const entity = String(body.entity ?? '')
      const { record, tenant } = await recordOf(req, entity, body.id)
      const language = toLanguage(req.i18n?.language)
      const processes = await activeProcesses(req, tenant, entity)
      const process =
        typeof body.process === 'string' && body.process
          ? processes.find((p) => p.key === body.process && ruleHolds(p.appliesWhen, record, new Date()))
          : processFor(processes, record)
      if (!process)
        throw typeof body.process === 'string' && body.process
          ? approvalError(language, 'unknownProcess', 400, { process: body.process })
          : approvalError(language, 'noProcess', 400)
      const doc = await atomically(req, () =>
        startApproval(req, { tenant, process, entity, record, submitter: req.user?.id as Id }),
      )
      const [view] = await requestViews(req, [doc], String(req.user.id))
      return Response.json({ request: view }, { status: 201 })
    },
  },
  {
    path: '/approvals/:id/decide',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      if (!req.user) throw new APIError('Unauthorized', 401)
      const doc = await requestOf(req, req.routeParams?.id)
      const updated = await decideRequest(req, doc, await jsonBody(req))
      const [view] = await requestViews(req, [updated], String(req.user.id))
      return Response.json({ request: view })
    },
  },
  {
    path: '/approvals/inbox',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      const access = await getAccessContext(req)
      if (!access || access.tenantId == null) throw new APIError('Unauthorized', 401)
      const me = access.userId
      const tenant: Where = { tenant: { equals: access.tenantId } }
      const box: Box = (['waiting', 'submitted', 'done'] as const).find((b) => b === req.searchParams.get('box')) ?? 'waiting'
      const status = req.searchParams.get('status')
      const where: Where = {
        and: [tenant, BOXES[box](me), ...(status && status !== 'all' ? [{ status: { equals: status } }] : [])],
      }
      const page = Math.max(1, Number(req.searchParams.get('page')) || 1)
      const limit = Math.min(50, Math.max(1, Number(req.searchParams.get('limit')) || 20))
      const count = async (b: Box) =>
        (
          await req.payload.count({
            collection: 'approval-requests',
            where: { and: [tenant, BOXES[b](me)] },
            overrideAccess: true,
            req,
          })
        ).totalDocs
      const [found, waiting, submitted, done] = await Promise.all([
        req.payload.find({
          collection: 'approval-requests',
          where,
          sort: '-updatedAt',
          page,
          limit,
          depth: 0,
          overrideAccess: true,
          req,
        }),
        count('waiting'),
        count('submitted'),
        count('done'),
      ])
      return Response.json({
        box,
        counts: { waiting, submitted, done },
        docs: await requestViews(req, found.docs as unknown as RequestDoc[], String(me)),
        page: found.page,
        totalPages: found.totalPages,
        totalDocs: found.totalDocs,
      })
    },
  },
  {
    path: '/approvals/record/:entity/:id',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      if (!req.user) throw new APIError('Unauthorized', 401)
      const entity = String(req.routeParams?.entity ?? '')
      const { record, tenant } = await recordOf(req, entity, req.routeParams?.id)
      const { docs } = await req.payload.find({
        collection: 'approval-requests',
        where: {
          and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { record: { equals: String(record.id) } }],
        },
        sort: '-createdAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const processes = (await activeProcesses(req, tenant, entity)).filter((p) => ruleHolds(p.appliesWhen, record, new Date()))
      const [request] = await requestViews(req, docs as unknown as RequestDoc[], String(req.user.id))
      return Response.json({
        request: request ?? null,
        // Whom an approver may add (加签) or hand over to (转交): the company's active members, first 200 by name.
        colleagues: request?.mayAnswer ? await colleagues(req, tenant) : [],
        processes: processes.map((p) => ({ key: p.key, label: p.label })),
        maySubmit: processes.length > 0 && request?.status !== 'pending',
      })
    },
  },
]
