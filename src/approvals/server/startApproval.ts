import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { documentId } from '../../endpoints/requestParams'
import { toLanguage } from '../../i18n'
import { applicableSteps, type Process, startState } from '../engine'
import { activeProcesses } from './activeProcesses'
import { approvalError } from './approvalError'
import { finishRecord } from './finishRecord'
import { notifyApproval } from './notifyApproval'
import { fromState, type RequestDoc, toState } from './requestState'
import { resolveApprovers } from './resolveApprovers'

export type StartApproval = {
  tenant: Id
  /** The process (or its key, looked up among the tenant's active processes of the entity). */
  process: Process | string
  entity: string
  /** The record (or its id); the steps' conditions are evaluated on it. */
  record: Id | Record<string, unknown>
  submitter: Id
}

/** The record's title as its collection names it (for the inbox and notices). */
export function titleOf(req: PayloadRequest, entity: string, record: Record<string, unknown>): string {
  const field = req.payload.collections[entity]?.config.admin?.useAsTitle
  const value = field ? record[field] : null
  return value == null || value === '' ? `#${record.id}` : String(value)
}

/**
 * Starts an approval of a record: the applicable steps with their approvers resolved now, the request
 * stored (pending, so the record is locked), the first step's approvers notified. Runs in the
 * caller's request and transaction (a workflow effect can call it). Refused when the record is
 * already pending or a step has nobody to approve it.
 */
export async function startApproval(req: PayloadRequest, input: StartApproval): Promise<RequestDoc> {
  const language = toLanguage(req.i18n?.language)
  const record =
    typeof input.record === 'object'
      ? input.record
      : ((await req.payload.findByID({
          collection: input.entity as 'accounts',
          id: documentId(req, input.record),
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>)
  const recordId = String(record.id)
  const process =
    typeof input.process === 'string'
      ? (await activeProcesses(req, input.tenant, input.entity)).find((p) => p.key === input.process)
      : input.process
  if (!process) throw approvalError(language, 'unknownProcess', 400, { process: String(input.process) })
  const name = process.label[language] ?? process.label.en ?? process.key

  const pending = await req.payload.find({
    collection: 'approval-requests',
    where: { pendingKey: { equals: `${input.tenant}:${input.entity}:${recordId}` } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (pending.docs.length > 0) {
    const other = pending.docs[0] as unknown as RequestDoc
    const otherName = (language === 'zh' ? other.processNameZh : other.processNameEn) ?? other.process
    throw approvalError(language, 'alreadyPending', 409, { process: otherName })
  }

  const steps = await Promise.all(
    applicableSteps(process, record).map(async (s) => ({
      ...s,
      users: await resolveApprovers(req, input.tenant, input.submitter, s.approvers),
    })),
  )
  const at = new Date().toISOString()
  const started = startState(steps, String(input.submitter), at)
  if (!started.ok) {
    const step = steps[started.emptyStep]
    throw approvalError(language, 'emptyStep', 400, { step: step.label[language] ?? step.label.en ?? step.key })
  }
  const lock = { tenant: input.tenant, entity: input.entity, record: recordId }
  const created = await req.payload
    .create({
      collection: 'approval-requests',
      data: {
        tenant: input.tenant,
        process: process.key,
        processNameZh: process.label.zh ?? process.key,
        processNameEn: process.label.en ?? process.key,
        entity: input.entity,
        record: recordId,
        recordTitle: titleOf(req, input.entity, record),
        submitter: input.submitter,
        ...fromState(started.state, lock, at, (id) => documentId(req, id)),
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    .catch((error: { data?: { errors?: { path?: string }[] } }) => {
      // Two submissions at once: the unique pending key lets one through.
      if (error?.data?.errors?.some((e) => e.path === 'pendingKey'))
        throw approvalError(language, 'alreadyPending', 409, { process: name })
      throw error
    })
  const doc = created as unknown as RequestDoc
  const state = toState(doc)
  if (state.status !== 'pending') await finishRecord(req, process, doc, state)
  await notifyApproval(req, doc, state)
  return doc
}
