import { APIError, type PayloadRequest } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { idOf, sameId } from '../../access/types'
import { compareAndSet } from '../../concurrency/compareAndSet'
import { atomically } from '../../conversions/atomically'
import { documentId } from '../../endpoints/requestParams'
import { toLanguage } from '../../i18n'
import { type Action, decide, type Refusal, type RequestState } from '../engine'
import { activeProcesses } from './activeProcesses'
import { approvalError } from './approvalError'
import { finishRecord } from './finishRecord'
import { notifyApproval } from './notifyApproval'
import { fromState, type RequestDoc, toState } from './requestState'
import { resolveApprovers } from './resolveApprovers'

const ACTIONS = new Set(['approve', 'reject', 'addApprover', 'handOver', 'withdraw'])
const STATUS: Record<Refusal, number> = {
  notPending: 409,
  alreadyAnswered: 409,
  notApprover: 403,
  notSubmitter: 403,
  noTarget: 400,
  targetIsSelf: 400,
  targetAlreadyApprover: 400,
  notEarlierStep: 400,
  unknownAction: 400,
}

export type DecideBody = { action?: unknown; comment?: unknown; toStep?: unknown; user?: unknown; version?: unknown }

/** The request named by the route, in the user's active tenant (404 otherwise: no hint that it exists). */
export async function requestOf(req: PayloadRequest, raw: unknown): Promise<RequestDoc> {
  const access = await getAccessContext(req)
  const doc = (await req.payload
    .findByID({ collection: 'approval-requests', id: documentId(req, raw), depth: 0, overrideAccess: true, req })
    .catch(() => null)) as RequestDoc | null
  if (!doc || !access || (access.tenantId == null ? !access.superAdmin : !sameId(doc.tenant, access.tenantId)))
    throw new APIError('Not Found', 404)
  return doc
}

/**
 * One answer to a request. The version the answer was given on (sent by the page, else the one just
 * read) is claimed with one atomic update, so of two answers given at once (a double click, two tabs,
 * two approvers of an any-step) exactly one counts; the other gets 409 and changes nothing.
 */
export async function decideRequest(req: PayloadRequest, doc: RequestDoc, body: DecideBody) {
  const language = toLanguage(req.i18n?.language)
  const user = String(req.user?.id ?? '')
  const state = toState(doc)
  const step = state.steps[state.current]
  const stepName = step?.label[language] ?? step?.label.en ?? step?.key ?? ''
  const refuse = (refusal: Refusal, vars: Record<string, string> = {}): never => {
    throw approvalError(language, refusal, STATUS[refusal], {
      step: stepName,
      status: doc.status,
      action: String(body.action),
      ...vars,
    })
  }
  const meanwhile = () => {
    throw approvalError(language, 'answeredMeanwhile', 409)
  }
  if (body.version != null && Number(body.version) !== doc.version) meanwhile()
  const type = String(body.action ?? '')
  if (!ACTIONS.has(type)) refuse('unknownAction')
  const comment = typeof body.comment === 'string' ? body.comment : undefined
  let target = ''
  if (type === 'addApprover' || type === 'handOver') {
    target = String(idOf(body.user as never) ?? '')
    if (target) {
      // Only a member of the company can be given the step.
      const members = await resolveApprovers(req, idOf(doc.tenant) as string, user, { type: 'users', users: [target] })
      if (members.length === 0) refuse('noTarget')
    }
  }
  const action = { type, user, comment, toStep: typeof body.toStep === 'string' ? body.toStep : null, target } as Action
  const at = new Date().toISOString()
  const outcome = decide(state, action, at)
  if (!outcome.ok) {
    const name = target ? await nameOf(req, target) : ''
    return refuse(outcome.refusal, { user: name })
  }
  const next: RequestState = outcome.state
  return atomically(req, async () => {
    const claimed = await compareAndSet(
      req,
      'approval-requests',
      doc.id,
      { version: { equals: doc.version } },
      { version: next.version },
    )
    if (!claimed) meanwhile()
    const lock = { tenant: doc.tenant, entity: doc.entity, record: doc.record }
    const updated = (await req.payload.update({
      collection: 'approval-requests',
      id: doc.id,
      data: fromState(next, lock, at, (id) => documentId(req, id)) as never,
      overrideAccess: true,
      depth: 0,
      req,
    })) as unknown as RequestDoc
    if (next.status === 'approved' || next.status === 'rejected') {
      const process = (await activeProcesses(req, idOf(doc.tenant) as string, doc.entity)).find((p) => p.key === doc.process)
      await finishRecord(req, process ?? null, updated, next)
    }
    // A new step (or the same step sent back) waits for its approvers; one added or handed the step is told.
    const moved = next.current !== state.current || next.status !== 'pending'
    if (moved || type === 'reject') await notifyApproval(req, updated, next)
    else if (target) await notifyApproval(req, updated, next, [target])
    return updated
  })
}

async function nameOf(req: PayloadRequest, id: string): Promise<string> {
  const user = await req.payload
    .findByID({ collection: 'users', id: documentId(req, id), depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return (user as { name?: string } | null)?.name ?? `#${id}`
}
