import type { WorkflowMessageKey } from './messages'
import type { Effect, Workflow } from './types'

/** Stage, transition and action keys: what the record's stage field and activities store. */
export const FLOW_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

type Found = (pointer: string, key: WorkflowMessageKey, vars?: Record<string, string>) => void

const hasLabel = (label: { zh?: string; en?: string } | undefined) => Boolean(label?.zh?.trim() || label?.en?.trim())

function checkEffects(
  effects: Effect[] | undefined,
  at: string,
  owner: string,
  knownField: (path: string) => boolean,
  found: Found,
) {
  ;(effects ?? []).forEach((effect, j) => {
    // Setting a field that the entity does not have would fail on every record that enters.
    if (effect.kind === 'setField' && !knownField(effect.field))
      found(`${at}/${j}/field`, 'unknownEffectField', { owner, field: String(effect.field ?? '') })
  })
}

/**
 * The parts of a workflow the graph check does not cover: key shapes, labels, required actions with
 * one key each, positive time limits, and effects that set fields the entity has.
 */
export function checkWorkflowParts(workflow: Workflow, knownField: (path: string) => boolean, found: Found) {
  ;(workflow.stages ?? []).forEach((s, i) => {
    if (!FLOW_KEY.test(String(s.key ?? ''))) found(`/stages/${i}/key`, 'badKey', { key: String(s.key ?? '') })
    if (!hasLabel(s.label)) found(`/stages/${i}/label`, 'noLabel', { key: String(s.key ?? '') })
    if (s.timeLimitHours != null && !(typeof s.timeLimitHours === 'number' && s.timeLimitHours > 0))
      found(`/stages/${i}/timeLimitHours`, 'timeLimit', { stage: s.key })
    const actionKeys = new Set<string>()
    ;(s.requiredActions ?? []).forEach((a, j) => {
      const pointer = `/stages/${i}/requiredActions/${j}/key`
      if (!FLOW_KEY.test(String(a.key ?? ''))) found(pointer, 'badKey', { key: String(a.key ?? '') })
      else if (actionKeys.has(a.key)) found(pointer, 'duplicateAction', { stage: s.key, action: a.key })
      actionKeys.add(a.key)
    })
    checkEffects(s.onEnter, `/stages/${i}/onEnter`, s.key, knownField, found)
  })
  ;(workflow.transitions ?? []).forEach((t, i) => {
    if (!FLOW_KEY.test(String(t.key ?? ''))) found(`/transitions/${i}/key`, 'badKey', { key: String(t.key ?? '') })
    if (!hasLabel(t.label)) found(`/transitions/${i}/label`, 'noLabel', { key: String(t.key ?? '') })
    checkEffects(t.effects, `/transitions/${i}/effects`, t.key, knownField, found)
  })
}
