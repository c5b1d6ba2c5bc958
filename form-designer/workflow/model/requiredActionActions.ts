import type { Labels } from '../../../src/customFields/layout/types'
import { type FlowDoc, patched, type RequiredAction, replaceAt } from './flowDoc'
import { suggestFlowKey } from './flowKeys'
import { updateStage } from './stageActions'

const actionsOf = (doc: FlowDoc, stage: number) => doc.stages[stage]?.requiredActions ?? []

const withActions = (doc: FlowDoc, stage: number, list: RequiredAction[]) =>
  updateStage(doc, stage, { requiredActions: list.length > 0 ? list : undefined })

/** Adds a required action to a stage, its key suggested from the label and free within the stage. */
export function addRequiredAction(doc: FlowDoc, stage: number, label: Labels): FlowDoc {
  if (!doc.stages[stage]) return doc
  const list = actionsOf(doc, stage)
  const key = suggestFlowKey(label, new Set(list.map((a) => a.key)), 'action')
  return withActions(doc, stage, [...list, { key, label }])
}

/** Changes an action's key, labels or activity type (an empty type means any activity). */
export function updateRequiredAction(doc: FlowDoc, stage: number, index: number, patch: Partial<RequiredAction>): FlowDoc {
  const list = actionsOf(doc, stage)
  if (!list[index]) return doc
  const next = replaceAt(list, index, patched(list[index], patch))
  return next === list ? doc : withActions(doc, stage, next)
}

export function removeRequiredAction(doc: FlowDoc, stage: number, index: number): FlowDoc {
  const list = actionsOf(doc, stage)
  if (!list[index]) return doc
  return withActions(
    doc,
    stage,
    list.filter((_, i) => i !== index),
  )
}
