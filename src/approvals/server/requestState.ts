import { type Id, idOf } from '../../access/types'
import { type RequestState, type StepState, waitingFor } from '../engine'

/** An `approval-requests` row as stored. */
export type RequestDoc = {
  id: string | number
  tenant: unknown
  process: string
  processNameZh?: string | null
  processNameEn?: string | null
  entity: string
  record: string
  recordTitle?: string | null
  submitter: unknown
  status: RequestState['status']
  currentStep?: string | null
  currentIndex?: number | null
  version: number
  steps?: unknown
  history?: unknown
  createdAt?: string
  finishedAt?: string | null
}

export const toState = (doc: RequestDoc): RequestState => ({
  status: doc.status,
  submitter: String(idOf(doc.submitter)),
  current: doc.currentIndex ?? 0,
  steps: (Array.isArray(doc.steps) ? doc.steps : []) as StepState[],
  history: (Array.isArray(doc.history) ? doc.history : []) as RequestState['history'],
  version: doc.version,
})

/** The columns a state writes: the lists the inbox and access query, the lock key while pending. */
export function fromState(
  state: RequestState,
  lock: { tenant: unknown; entity: string; record: string },
  at: string,
  toId: (id: string) => Id,
) {
  const everyone = new Set([state.submitter, ...state.steps.flatMap((s) => s.approvers.map((a) => a.user))])
  const deciders = new Set(state.history.filter((h) => h.action !== 'submit' && h.user !== state.submitter).map((h) => h.user))
  return {
    status: state.status,
    currentIndex: state.current,
    currentStep: state.status === 'pending' ? (state.steps[state.current]?.key ?? null) : null,
    version: state.version,
    steps: state.steps,
    history: state.history,
    waitingFor: waitingFor(state).map(toId),
    participants: [...everyone].map(toId),
    deciders: [...deciders].map(toId),
    pendingKey: state.status === 'pending' ? `${idOf(lock.tenant)}:${lock.entity}:${lock.record}` : null,
    finishedAt: state.status === 'pending' ? null : at,
  }
}
