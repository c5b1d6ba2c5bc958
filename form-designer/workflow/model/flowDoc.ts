import type { Effect, RequiredAction, Stage, Transition } from '../../../src/workflow/engine/types'

/** What the workflow editor edits: a workflow's stages and transitions, as stored on the row. */
export type FlowDoc = { stages: Stage[]; transitions: Transition[] }

/** Where effects live: a stage's on-enter list or a transition's list. */
export type EffectOwner = { kind: 'stage'; index: number } | { kind: 'transition'; index: number }

export type { Effect, RequiredAction, Stage, Transition }

/** A document from whatever the row holds: anything that is not a list becomes an empty one. */
export const toFlowDoc = (stages: unknown, transitions: unknown): FlowDoc => ({
  stages: Array.isArray(stages) ? (stages as Stage[]) : [],
  transitions: Array.isArray(transitions) ? (transitions as Transition[]) : [],
})

/** Replaces one item of a list, keeping the list (and so the document) when nothing changes. */
export function replaceAt<T>(list: T[], index: number, next: T): T[] {
  if (index < 0 || index >= list.length || list[index] === next) return list
  return list.map((item, i) => (i === index ? next : item))
}

/** A shallow patch that keeps the object when no value differs (so no-ops add no undo step). */
export function patched<T extends object>(item: T, patch: Partial<T>): T {
  const changed = Object.entries(patch).some(([k, v]) => (item as Record<string, unknown>)[k] !== v)
  if (!changed) return item
  const next = { ...item, ...patch } as Record<string, unknown>
  // Undefined means "not set": the stored JSON stays free of empty keys.
  for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k]
  return next as T
}
