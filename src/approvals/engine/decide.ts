import type { Action, ApproverState, HistoryEntry, Outcome, RequestState, StepState } from './types'

/** Everyone the current step waits for. */
export const waitingFor = (state: RequestState): string[] =>
  state.status !== 'pending'
    ? []
    : (state.steps[state.current]?.approvers.filter((a) => a.decision === 'pending').map((a) => a.user) ?? [])

const isComplete = (step: StepState) => {
  const live = step.approvers.filter((a) => a.decision !== 'handedOver')
  return step.mode === 'any' ? live.some((a) => a.decision === 'approved') : live.every((a) => a.decision === 'approved')
}

const reset = (step: StepState): StepState => ({
  ...step,
  approvers: step.approvers
    .filter((a) => a.decision !== 'handedOver')
    .map(({ user, addedBy, handedOverBy }) => ({ user, decision: 'pending', addedBy, handedOverBy })),
})

/**
 * What an action does to a request: the new state (a new object; the old one is untouched), or the
 * reason it is refused. Every accepted action adds one history entry and bumps the version, which is
 * what the server claims atomically so that an answer given twice counts once.
 */
export function decide(state: RequestState, action: Action, at: string): Outcome {
  if (state.status !== 'pending') return { ok: false, refusal: 'notPending' }
  const user = String(action.user)
  const comment = action.comment?.trim() ? action.comment.trim().slice(0, 2000) : undefined
  const step = state.steps[state.current]
  const entry: HistoryEntry = { at, user, action: action.type, step: step?.key, ...(comment ? { comment } : {}) }
  const next = (patch: Partial<RequestState>, extra: Partial<HistoryEntry> = {}): Outcome => ({
    ok: true,
    state: { ...state, ...patch, history: [...state.history, { ...entry, ...extra }], version: state.version + 1 },
  })
  if (action.type === 'withdraw') {
    if (user !== state.submitter) return { ok: false, refusal: 'notSubmitter' }
    return next({ status: 'withdrawn' })
  }
  if (!step) return { ok: false, refusal: 'notPending' }
  const mine = step.approvers.find((a) => a.user === user && a.decision !== 'handedOver')
  if (!mine) return { ok: false, refusal: 'notApprover' }
  if (mine.decision !== 'pending') return { ok: false, refusal: 'alreadyAnswered' }
  const answer = (decision: ApproverState['decision']): StepState => ({
    ...step,
    approvers: step.approvers.map((a) => (a === mine ? { ...a, decision, at, ...(comment ? { comment } : {}) } : a)),
  })
  const steps = (replaced: StepState) => state.steps.map((s, i) => (i === state.current ? replaced : s))

  switch (action.type) {
    case 'approve': {
      const answered = answer('approved')
      if (!isComplete(answered)) return next({ steps: steps(answered) })
      const current = state.current + 1
      return next({ steps: steps(answered), current, status: current >= state.steps.length ? 'approved' : 'pending' })
    }
    case 'reject': {
      const answered = answer('rejected')
      if (!action.toStep) return next({ steps: steps(answered), status: 'rejected' })
      const to = state.steps.findIndex((s) => s.key === action.toStep)
      if (to < 0 || to >= state.current) return { ok: false, refusal: 'notEarlierStep' }
      // The earlier step answers again, and so does every step after it; the rejection stays in the history.
      return next(
        { steps: state.steps.map((s, i) => (i === state.current ? reset(answered) : i >= to ? reset(s) : s)), current: to },
        { toStep: action.toStep },
      )
    }
    case 'addApprover':
    case 'handOver': {
      const target = action.target == null ? '' : String(action.target)
      if (!target) return { ok: false, refusal: 'noTarget' }
      if (target === user) return { ok: false, refusal: 'targetIsSelf' }
      if (step.approvers.some((a) => a.user === target && a.decision !== 'handedOver'))
        return { ok: false, refusal: 'targetAlreadyApprover' }
      const added: ApproverState =
        action.type === 'addApprover'
          ? { user: target, decision: 'pending', addedBy: user }
          : { user: target, decision: 'pending', handedOverBy: user }
      const base = action.type === 'handOver' ? answer('handedOver') : step
      return next({ steps: steps({ ...base, approvers: [...base.approvers, added] }) }, { target })
    }
    default:
      return { ok: false, refusal: 'unknownAction' }
  }
}
