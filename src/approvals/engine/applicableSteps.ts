import { holds, parsedRule } from '../../../form-designer/model/rules'
import type { Process, StepDefinition } from './types'

/** Does the rule hold for the record? An empty rule always does. */
export const ruleHolds = (rule: string | null | undefined, record: Record<string, unknown>, now: Date): boolean =>
  !rule?.trim() || holds(parsedRule(rule), record, now)

/** The steps a record goes through: those whose condition holds (a big deal adds the director's step). */
export function applicableSteps(process: Process, record: Record<string, unknown>, now = new Date()): StepDefinition[] {
  return process.steps.filter((s) => ruleHolds(s.when, record, now))
}

/** The process that applies to a record: the first (in the order given) whose condition holds. */
export function processFor(processes: readonly Process[], record: Record<string, unknown>, now = new Date()): Process | null {
  return processes.find((p) => ruleHolds(p.appliesWhen, record, now)) ?? null
}
