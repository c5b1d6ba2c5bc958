/** The workflow engine: stage pipelines as data and the pure checks over them. No Payload, no React. */
export {
  checkTransition,
  leavesFrom,
  type TransitionCheck,
  type TransitionProblem,
  type TransitionResult,
  transitionsFrom,
} from './checkTransition'
export { checkWorkflow, type WorkflowProblem } from './checkWorkflow'
export { FLOW_KEY } from './checkWorkflowParts'
export { workflowMessage } from './messages'
export { type StageBarItem, stageBar } from './stageBar'
export type { Effect, Outcome, RequiredAction, Stage, Transition, Workflow, WorkflowRecord } from './types'
