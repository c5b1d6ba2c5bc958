import { checkRule } from '../../../form-designer/model/rules'
import type { Language } from '../../i18n/language'
import { leavesFrom } from './checkTransition'
import { checkWorkflowParts } from './checkWorkflowParts'
import { workflowMessage } from './messages'
import type { Workflow } from './types'

export type WorkflowProblem = { pointer: string; message: string }

/**
 * Can this workflow be saved? Unique keys, transitions between stages that exist, final stages with an
 * outcome and no way out, every stage reachable from the first, no dead end that is not final,
 * conditions over fields that exist, and the parts (keys, labels, actions, effects: checkWorkflowParts).
 * Every problem is listed with a JSON pointer.
 */
export function checkWorkflow(workflow: Workflow, knownField: (path: string) => boolean, language: Language): WorkflowProblem[] {
  const problems: WorkflowProblem[] = []
  const at = (pointer: string, key: Parameters<typeof workflowMessage>[1], vars: Record<string, string> = {}) =>
    problems.push({ pointer, message: workflowMessage(language, key, vars) })
  const stages = workflow.stages ?? []
  const transitions = workflow.transitions ?? []
  if (stages.length === 0) {
    at('/stages', 'noStages')
    return problems
  }
  const keys = new Set<string>()
  stages.forEach((s, i) => {
    if (keys.has(s.key)) at(`/stages/${i}/key`, 'duplicateStage', { stage: s.key })
    keys.add(s.key)
    if (s.final && !s.outcome) at(`/stages/${i}/outcome`, 'finalOutcome', { stage: s.key })
    if (s.probability != null && (!Number.isInteger(s.probability) || s.probability < 0 || s.probability > 100))
      at(`/stages/${i}/probability`, 'probability', { stage: s.key })
  })
  const transitionKeys = new Set<string>()
  transitions.forEach((t, i) => {
    if (transitionKeys.has(t.key)) at(`/transitions/${i}/key`, 'duplicateTransition', { transition: t.key })
    transitionKeys.add(t.key)
    if (t.from !== '*' && !keys.has(t.from)) at(`/transitions/${i}/from`, 'transitionStage', { transition: t.key, stage: t.from })
    if (!keys.has(t.to)) at(`/transitions/${i}/to`, 'transitionStage', { transition: t.key, stage: t.to })
    const from = stages.find((s) => s.key === t.from)
    if (from?.final) at(`/transitions/${i}/from`, 'leavesFinal', { transition: t.key, stage: from.key })
    if (t.when?.trim()) {
      const result = checkRule(t.when, knownField)
      if ('problem' in result)
        at(`/transitions/${i}/when`, 'badCondition', { transition: t.key, problem: result.problem.message })
    }
  })
  // Reachability from the first stage, following every transition a stage can take.
  const reached = new Set([stages[0].key])
  for (let grew = true; grew; ) {
    grew = false
    for (const s of stages.filter((x) => reached.has(x.key)))
      for (const t of transitions)
        if (leavesFrom(t, s) && keys.has(t.to) && !reached.has(t.to)) {
          reached.add(t.to)
          grew = true
        }
  }
  checkWorkflowParts(workflow, knownField, at)
  stages.forEach((s, i) => {
    if (!reached.has(s.key)) at(`/stages/${i}`, 'unreachable', { stage: s.key })
    if (!s.final && !transitions.some((t) => leavesFrom(t, s) && t.to !== s.key && keys.has(t.to)))
      at(`/stages/${i}`, 'deadEnd', { stage: s.key })
  })
  return problems
}
