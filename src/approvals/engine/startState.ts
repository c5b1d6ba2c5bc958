import type { RequestState, StepDefinition } from './types'

/**
 * A new request over the applicable steps, each with its resolved approvers. A step without anyone to
 * approve it is reported (by index) rather than started: nobody could ever finish it. No step at all
 * means nothing to approve: the request is approved at once.
 */
export function startState(
  steps: readonly (StepDefinition & { users: string[] })[],
  submitter: string,
  at: string,
): { ok: true; state: RequestState } | { ok: false; emptyStep: number } {
  const empty = steps.findIndex((s) => s.users.length === 0)
  if (empty >= 0) return { ok: false, emptyStep: empty }
  return {
    ok: true,
    state: {
      status: steps.length === 0 ? 'approved' : 'pending',
      submitter,
      current: 0,
      steps: steps.map((s) => ({
        key: s.key,
        label: s.label,
        mode: s.mode,
        approvers: [...new Set(s.users)].map((user) => ({ user, decision: 'pending' as const })),
      })),
      history: [{ at, user: submitter, action: 'submit' }],
      version: 1,
    },
  }
}
