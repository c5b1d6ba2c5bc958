/** The approval engine: pure functions over plain data (no Payload), tested on their own. */
export { applicableSteps, processFor, ruleHolds } from './applicableSteps'
export { checkProcess, type ProcessProblem } from './checkProcess'
export { decide, waitingFor } from './decide'
export { type ApprovalMessageKey, approvalMessage } from './messages'
export { startState } from './startState'
export type * from './types'
