import type { Labels } from '../../customFields/layout/types'

/** How a final stage ends the record's journey. */
export type Outcome = 'won' | 'lost' | 'closed'

/** Something to do in a stage before leaving it: done when an activity of the record marks it done. */
export type RequiredAction = { key: string; label: Labels; activityType?: string }

/** What happens on entering a stage or taking a transition (run by the jobs queue). */
export type Effect =
  | { kind: 'setField'; field: string; value: unknown }
  | { kind: 'assign'; strategy: 'fixed' | 'roundRobin' | 'leastLoaded'; users?: (string | number)[]; role?: string }
  | { kind: 'createTask'; subject: Labels; dueInHours?: number; assignTo?: 'owner' | 'actor' }
  | { kind: 'createActivity'; activityType: string; subject: Labels }
  | { kind: 'sendEmail'; template: string; to: 'owner' | 'contact' | string }
  | { kind: 'webhook'; url: string; secret?: string }
  | { kind: 'startApproval'; process: string }

export type Stage = {
  key: string
  label: Labels
  color?: string
  /** A final stage ends the flow with an outcome; leaving by a lost outcome needs a loss reason. */
  final?: boolean
  outcome?: Outcome
  /** Opportunities: the win probability (0–100) the record takes in this stage. */
  probability?: number
  requiredActions?: RequiredAction[]
  /** Reminders after this many hours in the stage, escalation after twice as many. */
  timeLimitHours?: number
  onEnter?: Effect[]
}

export type Transition = {
  key: string
  /** A stage key, or `*` for any non-final stage. */
  from: string
  to: string
  label: Labels
  /** Role keys allowed to take it; none means anyone who may edit the record. */
  roles?: string[]
  /** A condition in the rule language over the record (`custom.discount <= 10`). */
  when?: string
  effects?: Effect[]
}

/** A stage pipeline for one entity of one tenant; `appliesWhen` chooses among several. */
export type Workflow = {
  key: string
  entity: string
  label: Labels
  /** The record field holding the stage key (`stage` by default). */
  field?: string
  appliesWhen?: string
  stages: Stage[]
  transitions: Transition[]
}

/** A record as the engine reads it: its fields and `custom`. */
export type WorkflowRecord = Record<string, unknown>
