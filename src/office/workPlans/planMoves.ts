import { APIError, Forbidden, type PayloadRequest } from 'payload'
import { getAccessContext, grantFor } from '../../access/accessContext'
import { type AccessContext, type Id, idOf, sameId } from '../../access/types'
import { compareAndSet } from '../../concurrency/compareAndSet'
import { atomically } from '../../conversions/atomically'
import { message, toLanguage } from '../../i18n'
import type { MessageKey } from '../../i18n/messages/en'
import { notify } from '../../notifications/notify'
import { PLAN_MOVE } from './planGuard'
import { reviewerFor } from './reviewerFor'

type Plan = {
  id: Id
  tenant: unknown
  owner: unknown
  department: unknown
  status: string
  title?: string
  reviewer?: unknown
  reviews?: { author: unknown; at: string; verdict: string; comment?: string | null }[]
}
export type Verdict = 'approved' | 'returned'

const refuse = (req: PayloadRequest, key: MessageKey, status: number, field?: string) => {
  const text = message(toLanguage(req.i18n?.language), key)
  return new APIError(text, status, { code: key, ...(field ? { errors: [{ path: field, message: text }] } : {}) }, true)
}

async function contextFor(req: PayloadRequest): Promise<AccessContext> {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null || context.readOnly || !grantFor(context, 'work-plans', 'read'))
    throw new Forbidden(req.t)
  return context
}

/** The plan as the user may read it (404 otherwise, as for any record out of reach). */
const visiblePlan = async (req: PayloadRequest, id: Id) =>
  (await req.payload.findByID({
    collection: 'work-plans',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })) as unknown as Plan

async function logStatus(req: PayloadRequest, plan: Plan, after: string, reason?: string) {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      tenant: idOf(plan.tenant),
      user: req.user?.collection === 'users' ? req.user.id : null,
      action: 'update',
      entity: 'work-plans',
      recordId: String(plan.id),
      reason: reason ?? null,
      changes: [{ field: 'status', before: plan.status, after }],
    },
    overrideAccess: true,
    req,
  })
}

/**
 * The author hands in a draft (or a returned plan): it locks, goes to their reviewer, who is
 * notified. Two clicks at once submit it once.
 */
export async function submitPlan(req: PayloadRequest, id: Id) {
  const context = await contextFor(req)
  const plan = await visiblePlan(req, id)
  if (!sameId(plan.owner, context.userId)) throw refuse(req, 'planOnlyAuthorSubmits', 403)
  const reviewer = await reviewerFor(req, idOf(plan.department), context.userId)
  return atomically(req, async (onUndo) => {
    const now = new Date().toISOString()
    const moved = await compareAndSet(
      req,
      'work-plans',
      id,
      { status: { in: ['draft', 'returned'] } },
      { status: 'submitted', submittedAt: now, reviewer, updatedAt: now },
    )
    if (!moved) throw refuse(req, 'planNotDraft', 409, 'status')
    onUndo(() => compareAndSet(req, 'work-plans', id, { status: { equals: 'submitted' } }, { status: plan.status }))
    await logStatus(req, plan, 'submitted')
    if (reviewer != null) {
      const author = (req.user as { name?: string; email?: string }).name ?? req.user?.email ?? ''
      await notify(req, [reviewer], {
        tenant: idOf(plan.tenant) as Id,
        kind: 'approval',
        text: {
          zh: `${author} 提交了「${plan.title ?? ''}」，请点评`,
          en: `${author} handed in "${plan.title ?? ''}" for your review`,
        },
        entity: 'work-plans',
        record: id,
      })
    }
    return moved
  })
}

/**
 * The reviewer approves or returns a submitted plan with a comment (a return needs one: the author
 * must know what to change). Reviewers: the plan's assigned reviewer, tenant admins, and roles that
 * reach beyond one department (a peer in the same department does not review a colleague).
 */
export async function reviewPlan(req: PayloadRequest, id: Id, verdict: unknown, comment: unknown) {
  const context = await contextFor(req)
  if (verdict !== 'approved' && verdict !== 'returned') throw refuse(req, 'planVerdictInvalid', 400, 'verdict')
  const text = typeof comment === 'string' ? comment.trim() : ''
  if (verdict === 'returned' && !text) throw refuse(req, 'planCommentRequired', 400, 'comment')
  if (text.length > 2000) throw refuse(req, 'planCommentTooLong', 400, 'comment')
  const plan = await visiblePlan(req, id)
  if (sameId(plan.owner, context.userId)) throw refuse(req, 'planNoSelfReview', 403)
  const scope = grantFor(context, 'work-plans', 'update')?.scope
  const mayReview =
    context.tenantAdmin ||
    context.superAdmin ||
    sameId(plan.reviewer, context.userId) ||
    scope === 'departmentTree' ||
    scope === 'all'
  if (!mayReview) throw refuse(req, 'planNotReviewer', 403)
  return atomically(req, async (onUndo) => {
    const now = new Date().toISOString()
    const moved = await compareAndSet(
      req,
      'work-plans',
      id,
      { status: { equals: 'submitted' } },
      { status: verdict, reviewedAt: now, updatedAt: now },
    )
    if (!moved) throw refuse(req, 'planNotSubmitted', 409, 'status')
    onUndo(() => compareAndSet(req, 'work-plans', id, { status: { equals: verdict } }, { status: 'submitted', reviewedAt: null }))
    const reviews = [
      ...(plan.reviews ?? []).map((r) => ({ ...r, author: idOf(r.author) })),
      { author: context.userId, at: now, verdict, comment: text || null },
    ]
    const doc = await req.payload.update({
      collection: 'work-plans',
      id,
      data: { reviews },
      overrideAccess: true,
      context: { [PLAN_MOVE]: true },
      req,
    })
    await logStatus(req, plan, verdict, text || undefined)
    const reviewer = (req.user as { name?: string; email?: string }).name ?? req.user?.email ?? ''
    const owner = idOf(plan.owner)
    if (owner != null)
      await notify(req, [owner], {
        tenant: idOf(plan.tenant) as Id,
        kind: 'approval',
        text:
          verdict === 'approved'
            ? { zh: `${reviewer} 已通过「${plan.title ?? ''}」`, en: `${reviewer} approved "${plan.title ?? ''}"` }
            : {
                zh: `${reviewer} 退回了「${plan.title ?? ''}」：${text}`,
                en: `${reviewer} returned "${plan.title ?? ''}": ${text}`,
              },
        entity: 'work-plans',
        record: id,
      })
    return doc
  })
}
