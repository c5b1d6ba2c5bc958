import type { PayloadRequest } from 'payload'
import { idOf } from '../../access/types'
import type { RequestDoc } from './requestState'
import { toState } from './requestState'

/** Names of users by id (one query for a page of requests). */
export async function userNames(req: PayloadRequest, ids: Iterable<string>): Promise<Record<string, string>> {
  const list = [...new Set(ids)].filter(Boolean)
  if (list.length === 0) return {}
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: list } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, email: true },
    req,
  })
  return Object.fromEntries(docs.map((u) => [String(u.id), (u as { name?: string }).name || (u as { email: string }).email]))
}

const usersIn = (doc: RequestDoc) => {
  const state = toState(doc)
  return [
    state.submitter,
    ...state.steps.flatMap((s) => s.approvers.flatMap((a) => [a.user, a.addedBy ?? '', a.handedOverBy ?? ''])),
    ...state.history.flatMap((h) => [h.user, h.target ?? '']),
  ]
}

/**
 * A request as the record panel and the inbox show it to this user: steps with each approver's answer,
 * the history with names, and what the user may do now.
 */
export function requestView(doc: RequestDoc, names: Record<string, string>, me: string) {
  const state = toState(doc)
  const who = (id: string | undefined) => (id ? { id, name: names[id] ?? `#${id}` } : null)
  const step = state.steps[state.current]
  const mine = state.status === 'pending' ? step?.approvers.find((a) => a.user === me && a.decision === 'pending') : undefined
  return {
    id: doc.id,
    process: doc.process,
    processName: { zh: doc.processNameZh ?? doc.process, en: doc.processNameEn ?? doc.process },
    entity: doc.entity,
    record: doc.record,
    recordTitle: doc.recordTitle ?? `#${doc.record}`,
    submitter: who(state.submitter),
    tenant: idOf(doc.tenant),
    status: state.status,
    version: state.version,
    current: state.current,
    currentStep: state.status === 'pending' ? (step?.key ?? null) : null,
    createdAt: doc.createdAt,
    finishedAt: doc.finishedAt ?? null,
    steps: state.steps.map((s, i) => ({
      key: s.key,
      label: s.label,
      mode: s.mode,
      state:
        state.status === 'approved' || i < state.current
          ? 'done'
          : i === state.current && state.status === 'pending'
            ? 'current'
            : 'todo',
      approvers: s.approvers.map((a) => ({
        user: who(a.user),
        decision: a.decision,
        at: a.at ?? null,
        comment: a.comment ?? null,
        addedBy: who(a.addedBy),
        handedOverBy: who(a.handedOverBy),
      })),
    })),
    history: [...state.history].reverse().map((h) => ({ ...h, user: who(h.user), target: who(h.target) })),
    mayAnswer: Boolean(mine),
    mayWithdraw: state.status === 'pending' && state.submitter === me,
    earlierSteps: mine ? state.steps.slice(0, state.current).map((s) => ({ key: s.key, label: s.label })) : [],
  }
}

export async function requestViews(req: PayloadRequest, docs: RequestDoc[], me: string) {
  const names = await userNames(req, docs.flatMap(usersIn))
  return docs.map((d) => requestView(d, names, me))
}
