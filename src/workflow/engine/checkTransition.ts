import { holds, parsedRule } from '../../../form-designer/model/rules'
import type { Labels } from '../../customFields/layout/types'
import type { Language } from '../../i18n/language'
import { workflowMessage } from './messages'
import type { Stage, Transition, Workflow, WorkflowRecord } from './types'

export type TransitionCheck = {
  workflow: Workflow
  /** The record as the write would leave it: conditions and the loss reason read the new values. */
  record: WorkflowRecord
  /** The stored stage; null for a new record. */
  from: string | null
  to: string
  /** The user's role keys in the record's tenant, and whether they administer it (roles then do not limit). */
  roleKeys: readonly string[]
  admin: boolean
  /** Required actions of the record already done (activity `workflowAction` keys). */
  doneActions: ReadonlySet<string>
  language: Language
  now?: Date
}
export type TransitionProblem = { code: string; message: string }
export type TransitionResult = { ok: true; transition: Transition | null } | { ok: false; problems: TransitionProblem[] }

const LOSS_REASON = 'lossReason'
const text = (labels: Labels | undefined, language: Language, fallback: string) =>
  labels?.[language] ?? labels?.[language === 'zh' ? 'en' : 'zh'] ?? fallback
const join = (items: string[], language: Language) => items.join(language === 'zh' ? '、' : ', ')

/** The stages a transition may start from: its own, or every non-final stage for `*`. */
export const leavesFrom = (transition: Transition, stage: Stage) =>
  transition.from === stage.key || (transition.from === '*' && !stage.final)

function problemsOf(t: Transition, input: TransitionCheck, from: Stage, to: Stage): TransitionProblem[] {
  const { language } = input
  const say = (code: Parameters<typeof workflowMessage>[1], vars: Record<string, string>) => ({
    code,
    message: workflowMessage(language, code, vars),
  })
  const toLabel = text(to.label, language, to.key)
  const problems: TransitionProblem[] = []
  if (t.roles?.length && !input.admin && !t.roles.some((r) => input.roleKeys.includes(r)))
    problems.push(say('role', { to: toLabel, roles: join(t.roles, language) }))
  if (t.when?.trim() && !holds(parsedRule(t.when), input.record, input.now ?? new Date()))
    problems.push(say('condition', { to: toLabel, condition: t.when }))
  const missing = (from.requiredActions ?? []).filter((a) => !input.doneActions.has(a.key))
  if (missing.length > 0)
    problems.push(
      say('missingActions', {
        from: text(from.label, language, from.key),
        actions: join(
          missing.map((a) => text(a.label, language, a.key)),
          language,
        ),
      }),
    )
  const reason = input.record[LOSS_REASON]
  if (to.final && to.outcome === 'lost' && (reason == null || String(reason).trim() === ''))
    problems.push(say('lossReason', { to: toLabel }))
  return problems
}

/**
 * May a record's stage change from `from` to `to`? Pure: the server calls it on every write that
 * changes the stage (REST, GraphQL, Local API, imports), the record page to offer the transitions the
 * user may take. A new record starts in the first stage. When several transitions lead there, the first
 * that passes is taken; when none passes, the first one's problems say what is missing.
 */
export function checkTransition(input: TransitionCheck): TransitionResult {
  const { workflow, language } = input
  const workflowName = text(workflow.label, language, workflow.key)
  const fail = (code: Parameters<typeof workflowMessage>[1], vars: Record<string, string>): TransitionResult => ({
    ok: false,
    problems: [{ code, message: workflowMessage(language, code, { workflow: workflowName, ...vars }) }],
  })
  const stage = (key: string | null) => workflow.stages.find((s) => s.key === key)
  const to = stage(input.to)
  if (!to) return fail('unknownStage', { stage: input.to })
  if (input.from === input.to) return { ok: true, transition: null }
  const first = workflow.stages[0]
  const from = stage(input.from)
  // A new record, or one whose stage the workflow does not know (data from before it), enters at the start.
  if (!from)
    return to.key === first.key
      ? { ok: true, transition: null }
      : fail('noTransition', { from: input.from ?? '—', to: text(to.label, language, to.key) })
  if (from.final) return fail('finalStage', { from: text(from.label, language, from.key) })
  const candidates = workflow.transitions.filter((t) => t.to === to.key && leavesFrom(t, from))
  if (candidates.length === 0)
    return fail('noTransition', { from: text(from.label, language, from.key), to: text(to.label, language, to.key) })
  let firstProblems: TransitionProblem[] | null = null
  for (const t of candidates) {
    const problems = problemsOf(t, input, from, to)
    if (problems.length === 0) return { ok: true, transition: t }
    firstProblems ??= problems
  }
  return { ok: false, problems: firstProblems ?? [] }
}

/** Every transition out of the record's stage with what stands in its way: what the record page offers. */
export function transitionsFrom(input: Omit<TransitionCheck, 'to'>): { transition: Transition; problems: TransitionProblem[] }[] {
  const from = input.workflow.stages.find((s) => s.key === input.from)
  if (!from || from.final) return []
  return input.workflow.transitions
    .filter((t) => leavesFrom(t, from) && t.to !== from.key)
    .flatMap((t) => {
      const to = input.workflow.stages.find((s) => s.key === t.to)
      return to ? [{ transition: t, problems: problemsOf(t, { ...input, to: t.to }, from, to) }] : []
    })
}
