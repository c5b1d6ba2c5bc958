import type { Labels } from '../../../src/customFields/layout/types'
import type { Outcome } from '../../../src/workflow/engine/types'
import { type FlowDoc, patched, replaceAt, type Stage } from './flowDoc'
import { suggestFlowKey } from './flowKeys'

const PALETTE = ['#64748b', '#0ea5e9', '#6366f1', '#f59e0b', '#8b5cf6', '#16a34a', '#dc2626', '#0d9488']

/** Appends a stage named `label`, its key suggested from the label, its colour the next of the palette. */
export function addStage(doc: FlowDoc, label: Labels): FlowDoc {
  const key = suggestFlowKey(label, new Set(doc.stages.map((s) => s.key)), 'stage')
  const stage: Stage = { key, label, color: PALETTE[doc.stages.length % PALETTE.length] }
  return { ...doc, stages: [...doc.stages, stage] }
}

/** Changes a stage's own settings (label, colour, probability, time limit…), never its key. */
export function updateStage(doc: FlowDoc, index: number, patch: Partial<Omit<Stage, 'key'>>): FlowDoc {
  const stage = doc.stages[index]
  if (!stage) return doc
  const stages = replaceAt(doc.stages, index, patched<Stage>(stage, patch))
  return stages === doc.stages ? doc : { ...doc, stages }
}

/** Renames a stage's key and every transition that names it, so the graph keeps its arrows. */
export function renameStageKey(doc: FlowDoc, index: number, key: string): FlowDoc {
  const stage = doc.stages[index]
  if (!stage || stage.key === key) return doc
  const old = stage.key
  // Another stage with the old key (a duplicate) keeps the arrows: they are not this stage's alone.
  const shared = doc.stages.some((s, i) => i !== index && s.key === old)
  const rename = (k: string) => (!shared && k === old ? key : k)
  return {
    stages: replaceAt(doc.stages, index, { ...stage, key }),
    transitions: doc.transitions.map((t) =>
      rename(t.from) !== t.from || rename(t.to) !== t.to ? { ...t, from: rename(t.from), to: rename(t.to) } : t,
    ),
  }
}

/** Final with an outcome, or not final (outcome dropped): the two always change together. */
export function setFinal(doc: FlowDoc, index: number, outcome: Outcome | null): FlowDoc {
  const stage = doc.stages[index]
  if (!stage) return doc
  return updateStage(doc, index, outcome ? { final: true, outcome } : { final: undefined, outcome: undefined })
}

/** Removes a stage and the transitions into or out of it (they would point nowhere). */
export function removeStage(doc: FlowDoc, index: number): FlowDoc {
  const stage = doc.stages[index]
  if (!stage) return doc
  const stages = doc.stages.filter((_, i) => i !== index)
  const stillThere = stages.some((s) => s.key === stage.key)
  return {
    stages,
    transitions: stillThere ? doc.transitions : doc.transitions.filter((t) => t.from !== stage.key && t.to !== stage.key),
  }
}

/** Moves a stage to another position; the first stage is where new records start. */
export function moveStage(doc: FlowDoc, from: number, to: number): FlowDoc {
  if (from === to || !doc.stages[from] || to < 0 || to >= doc.stages.length) return doc
  const stages = [...doc.stages]
  const [moved] = stages.splice(from, 1)
  stages.splice(to, 0, moved)
  return { ...doc, stages }
}
