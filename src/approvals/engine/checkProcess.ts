import { checkRule } from '../../../form-designer/model/rules'
import type { Language } from '../../i18n/language'
import { approvalMessage } from './messages'
import type { Process } from './types'

export type ProcessProblem = { path: string; message: string }

/**
 * Can this process be saved? At least one step, unique step keys, approvers named for every step,
 * roles that exist, conditions over fields that exist, a status field of the entity. Each problem
 * names its path (`steps.1.when`).
 */
export function checkProcess(
  process: Process,
  known: { field: (path: string) => boolean; role: (key: string) => boolean },
  language: Language,
): ProcessProblem[] {
  const problems: ProcessProblem[] = []
  const at = (path: string, key: Parameters<typeof approvalMessage>[1], vars: Record<string, string> = {}) =>
    problems.push({ path, message: approvalMessage(language, key, vars) })
  const rule = (path: string, source: string | null | undefined) => {
    if (!source?.trim()) return
    const result = checkRule(source, known.field)
    if ('problem' in result) at(path, 'badCondition', { problem: result.problem.message })
  }
  rule('appliesWhen', process.appliesWhen)
  if (process.statusField && !known.field(process.statusField)) at('statusField', 'statusField')
  if (process.steps.length === 0) at('steps', 'noSteps')
  const keys = new Set<string>()
  process.steps.forEach((s, i) => {
    const step = s.key || String(i + 1)
    if (keys.has(s.key)) at(`steps.${i}.key`, 'duplicateStep', { step })
    keys.add(s.key)
    const a = s.approvers
    if (a.type === 'users' && a.users.length === 0) at(`steps.${i}.users`, 'noApprovers', { step })
    if (a.type === 'role') {
      if (a.roles.length === 0) at(`steps.${i}.roles`, 'noApprovers', { step })
      for (const role of a.roles) if (!known.role(role)) at(`steps.${i}.roles`, 'unknownRole', { step, role })
    }
    rule(`steps.${i}.when`, s.when)
  })
  return problems
}
