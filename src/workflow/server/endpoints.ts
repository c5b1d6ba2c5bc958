import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import { idOf } from '../../access/types'
import { jsonBody, pageParams, routeId } from '../../endpoints/requestParams'
import { toLanguage } from '../../i18n'
import { stageBar, transitionsFrom, workflowMessage } from '../engine'
import { activeWorkflows, workflowFor } from './activeWorkflows'
import { doneActions } from './doneActions'

/** The record named by the route, read as the user (404 when it does not exist or they may not see it). */
async function recordOf(req: PayloadRequest) {
  const entity = String(req.routeParams?.entity ?? '')
  if (!(BUSINESS_COLLECTIONS as readonly string[]).includes(entity)) throw new APIError('Not Found', 404)
  const doc = await req.payload
    .findByID({ collection: entity as 'accounts', id: routeId(req), depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!doc) throw new APIError('Not Found', 404)
  const record = doc as unknown as Record<string, unknown> & { id: string | number }
  const tenant = idOf(record.tenant)
  const workflow = tenant == null ? null : workflowFor(await activeWorkflows(req, tenant, entity), record)
  return { entity, record, workflow }
}

/**
 * GET /api/workflow/:entity/:id — the record's workflow as its page shows it: the stage bar with
 * required actions, the transitions the user may take (and what stands in the way of the others), and
 * the history, newest first, paginated. POST /api/workflow/:entity/:id/transition `{ to, comment }` —
 * moves the record as an ordinary update (so every check applies) with the comment in the history; the
 * move starts from the stage the user saw (`from`, else the stored one) or is refused with 409.
 */
export const workflowEndpoints: Endpoint[] = [
  {
    path: '/workflow/:entity/:id',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      const { entity, record, workflow } = await recordOf(req)
      if (!workflow) return Response.json({ workflow: null })
      const language = toLanguage(req.i18n?.language)
      const field = workflow.field ?? 'stage'
      const stage = (record[field] as string | null) ?? null
      const done = await doneActions(req, entity, record.id)
      const access = await getAccessContext(req)
      const { page, limit } = pageParams(req.searchParams)
      const history = await req.payload.find({
        collection: 'workflow-transitions',
        where: {
          and: [
            { tenant: { equals: idOf(record.tenant) } },
            { entity: { equals: entity } },
            { record: { equals: String(record.id) } },
          ],
        },
        sort: '-createdAt',
        page,
        limit,
        depth: 1,
        overrideAccess: true,
        req,
      })
      return Response.json({
        workflow: { key: workflow.key, label: workflow.label, field },
        stage,
        bar: stageBar(workflow, stage, done, language),
        transitions: transitionsFrom({
          workflow,
          record,
          from: stage,
          roleKeys: access?.roleKeys ?? [],
          admin: Boolean(access?.superAdmin || access?.tenantAdmin),
          doneActions: done,
          language,
        }).map(({ transition, problems }) => ({
          key: transition.key,
          label: transition.label,
          to: transition.to,
          allowed: problems.length === 0,
          problems,
        })),
        history: {
          docs: history.docs.map((h) => ({
            id: h.id,
            at: h.createdAt,
            from: h.from,
            to: h.to,
            transition: h.transition,
            comment: h.comment,
            user: h.user && typeof h.user === 'object' ? { id: h.user.id, name: (h.user as { name?: string }).name } : h.user,
          })),
          page: history.page,
          totalPages: history.totalPages,
          totalDocs: history.totalDocs,
        },
      })
    },
  },
  {
    path: '/workflow/:entity/:id/transition',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const { entity, record, workflow } = await recordOf(req)
      const body = await jsonBody(req)
      if (!workflow) throw new APIError('This record has no workflow.', 400)
      const field = workflow.field ?? 'stage'
      // Asked to move where the record already is (someone was quicker): nothing moved, and the asker is told.
      if (record[field] === body.to) {
        const stage = workflow.stages.find((s) => s.key === body.to)
        const language = toLanguage(req.i18n?.language)
        const name = stage?.label[language] ?? stage?.label.en ?? String(body.to)
        throw new APIError(workflowMessage(language, 'alreadyThere', { stage: name }), 409, undefined, true)
      }
      // The stage the user saw (sent by the page, else the one just read): the move is from there or not at all.
      req.context.workflowExpectedFrom = typeof body.from === 'string' ? body.from : String(record[field] ?? '')
      req.context.workflowComment =
        typeof body.comment === 'string' && body.comment.trim() ? body.comment.trim().slice(0, 2000) : undefined
      const doc = await req.payload.update({
        collection: entity as 'accounts',
        id: record.id,
        data: {
          [workflow.field ?? 'stage']: body.to,
          ...(typeof body.lossReason === 'string' ? { lossReason: body.lossReason } : {}),
        },
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ doc })
    },
  },
]
