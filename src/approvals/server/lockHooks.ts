import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { toLanguage } from '../../i18n'
import { approvalError } from './approvalError'
import { APPROVAL_WRITE } from './finishRecord'
import type { RequestDoc } from './requestState'

/** Set by server code whose writes follow facts rather than edit the record (an invoice's amount paid). */
export const SKIP_APPROVAL_LOCK = 'skipApprovalLock'

async function refuseIfPending(req: PayloadRequest, entity: string, id: unknown) {
  if (req.context?.[APPROVAL_WRITE] || req.context?.[SKIP_APPROVAL_LOCK] || id == null) return
  const { docs } = await req.payload.find({
    collection: 'approval-requests',
    where: { and: [{ entity: { equals: entity } }, { record: { equals: String(id) } }, { status: { equals: 'pending' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const pending = docs[0] as unknown as RequestDoc | undefined
  if (!pending) return
  const language = toLanguage(req.i18n?.language)
  const steps = Array.isArray(pending.steps) ? (pending.steps as { key: string; label: { zh?: string; en?: string } }[]) : []
  const step = steps.find((s) => s.key === pending.currentStep)
  throw approvalError(language, 'locked', 423, {
    process: (language === 'zh' ? pending.processNameZh : pending.processNameEn) ?? pending.process,
    step: step?.label[language] ?? step?.label.en ?? pending.currentStep ?? '',
  })
}

/**
 * A record waiting for approval is locked: every update (REST, GraphQL, Local API, soft delete) is
 * refused naming the pending approval, except the approval system's own writes (`context.approvalWrite`)
 * and derived values the server keeps (`context.skipApprovalLock`).
 */
export const refuseLockedUpdate: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update') await refuseIfPending(req, collection.slug, originalDoc?.id)
  return data
}

/** …and so is deleting it for good. */
export const refuseLockedDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  await refuseIfPending(req, collection.slug, id)
}
