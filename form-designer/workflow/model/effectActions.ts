import type { Effect, EffectOwner, FlowDoc } from './flowDoc'
import { replaceAt } from './flowDoc'
import { updateStage } from './stageActions'
import { updateTransition } from './transitionActions'

export type EffectKind = Effect['kind']

export const EFFECT_KINDS: readonly EffectKind[] = [
  'setField',
  'assign',
  'createTask',
  'createActivity',
  'sendEmail',
  'webhook',
  'startApproval',
]

/** What a new effect of a kind starts with: the least a runner needs, the rest filled in the panel. */
export function effectStarter(kind: EffectKind): Effect {
  switch (kind) {
    case 'setField':
      return { kind, field: '', value: '' }
    case 'assign':
      return { kind, strategy: 'roundRobin' }
    case 'createTask':
      return { kind, subject: {}, assignTo: 'owner' }
    case 'createActivity':
      return { kind, activityType: '', subject: {} }
    case 'sendEmail':
      return { kind, template: '', to: 'owner' }
    case 'webhook':
      return { kind, url: '' }
    case 'startApproval':
      return { kind, process: '' }
  }
}

export const effectsOf = (doc: FlowDoc, owner: EffectOwner): Effect[] =>
  (owner.kind === 'stage' ? doc.stages[owner.index]?.onEnter : doc.transitions[owner.index]?.effects) ?? []

const ownerExists = (doc: FlowDoc, owner: EffectOwner) =>
  Boolean(owner.kind === 'stage' ? doc.stages[owner.index] : doc.transitions[owner.index])

const withEffects = (doc: FlowDoc, owner: EffectOwner, list: Effect[]) => {
  const value = list.length > 0 ? list : undefined
  return owner.kind === 'stage'
    ? updateStage(doc, owner.index, { onEnter: value })
    : updateTransition(doc, owner.index, { effects: value })
}

export function addEffect(doc: FlowDoc, owner: EffectOwner, kind: EffectKind): FlowDoc {
  if (!ownerExists(doc, owner)) return doc
  return withEffects(doc, owner, [...effectsOf(doc, owner), effectStarter(kind)])
}

/**
 * Changes an effect's settings; the kind stays (changing kind is remove + add). Settings that are
 * undefined or empty strings are dropped where the type makes them optional.
 */
export function updateEffect(doc: FlowDoc, owner: EffectOwner, index: number, patch: Record<string, unknown>): FlowDoc {
  const list = effectsOf(doc, owner)
  const effect = list[index]
  if (!effect) return doc
  if (Object.entries(patch).every(([k, v]) => k !== 'kind' && (effect as Record<string, unknown>)[k] === v)) return doc
  const next: Record<string, unknown> = { ...effect, ...patch, kind: effect.kind }
  for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k]
  return withEffects(doc, owner, replaceAt(list, index, next as Effect))
}

export function removeEffect(doc: FlowDoc, owner: EffectOwner, index: number): FlowDoc {
  const list = effectsOf(doc, owner)
  if (!list[index]) return doc
  return withEffects(
    doc,
    owner,
    list.filter((_, i) => i !== index),
  )
}
