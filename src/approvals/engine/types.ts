import type { Labels } from '../../customFields/layout/types'

/** Who approves a step: named users, everyone holding a role, the submitter's manager, or a department's manager. */
export type ApproverSource =
  | { type: 'users'; users: string[] }
  | { type: 'role'; roles: string[] }
  | { type: 'manager' }
  | { type: 'departmentManager'; department?: string | null }

/** 或签 (`any`): one approval completes the step. 会签 (`all`): everyone must approve. */
export type StepMode = 'any' | 'all'

export type StepDefinition = {
  key: string
  label: Labels
  approvers: ApproverSource
  mode: StepMode
  /** The step applies only when this rule holds for the record (e.g. `amount > 100000`). */
  when?: string | null
}

export type Process = {
  key: string
  entity: string
  label: Labels
  appliesWhen?: string | null
  steps: StepDefinition[]
  /** On the final answer, set this field of the record (e.g. `approvalStatus`) … */
  statusField?: string | null
  approvedValue?: string | null
  rejectedValue?: string | null
}

export type ApproverDecision = 'pending' | 'approved' | 'rejected' | 'handedOver'

export type ApproverState = {
  user: string
  decision: ApproverDecision
  at?: string
  comment?: string
  /** Added by 加签 (by whom) or given the step by 转交 (from whom). */
  addedBy?: string
  handedOverBy?: string
}

export type StepState = { key: string; label: Labels; mode: StepMode; approvers: ApproverState[] }

export type RequestStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn'

export type HistoryAction = 'submit' | 'approve' | 'reject' | 'addApprover' | 'handOver' | 'withdraw'

export type HistoryEntry = {
  at: string
  user: string
  action: HistoryAction
  step?: string
  comment?: string
  /** The earlier step a rejection sent the request back to. */
  toStep?: string
  /** The user added (加签) or handed over to (转交). */
  target?: string
}

export type RequestState = {
  status: RequestStatus
  submitter: string
  /** Index of the step waiting for answers; steps.length once approved. */
  current: number
  steps: StepState[]
  history: HistoryEntry[]
  version: number
}

export type Action =
  | { type: 'approve'; user: string; comment?: string }
  | { type: 'reject'; user: string; comment?: string; toStep?: string | null }
  | { type: 'addApprover'; user: string; target: string; comment?: string }
  | { type: 'handOver'; user: string; target: string; comment?: string }
  | { type: 'withdraw'; user: string; comment?: string }

export type Refusal =
  | 'notPending'
  | 'notApprover'
  | 'alreadyAnswered'
  | 'notSubmitter'
  | 'noTarget'
  | 'targetIsSelf'
  | 'targetAlreadyApprover'
  | 'notEarlierStep'
  | 'unknownAction'

export type Outcome = { ok: true; state: RequestState } | { ok: false; refusal: Refusal }
