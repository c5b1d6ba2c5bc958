import type { Labels } from '../../../src/customFields/layout/types'
import { type FlowDoc, patched, replaceAt, type Transition } from './flowDoc'
import { suggestFlowKey } from './flowKeys'

/** Adds a transition between two stages (or from `*`), its key suggested from the label. */
export function addTransition(doc: FlowDoc, from: string, to: string, label: Labels): FlowDoc {
  const key = suggestFlowKey(label, new Set(doc.transitions.map((t) => t.key)), 'transition')
  return { ...doc, transitions: [...doc.transitions, { key, from, to, label }] }
}

/**
 * Changes a transition's settings. An empty condition or role list is removed rather than stored
 * empty: "no condition" and "anyone" are the absence of the setting.
 */
export function updateTransition(doc: FlowDoc, index: number, patch: Partial<Transition>): FlowDoc {
  const transition = doc.transitions[index]
  if (!transition) return doc
  const clean: Partial<Transition> = { ...patch }
  if ('when' in clean && !clean.when?.trim()) clean.when = undefined
  if ('roles' in clean && !clean.roles?.length) clean.roles = undefined
  const transitions = replaceAt(doc.transitions, index, patched(transition, clean))
  return transitions === doc.transitions ? doc : { ...doc, transitions }
}

export function removeTransition(doc: FlowDoc, index: number): FlowDoc {
  if (!doc.transitions[index]) return doc
  return { ...doc, transitions: doc.transitions.filter((_, i) => i !== index) }
}

/** Adds a role to a transition's allowed roles, or takes it away. */
export function toggleTransitionRole(doc: FlowDoc, index: number, role: string): FlowDoc {
  const transition = doc.transitions[index]
  if (!transition) return doc
  const roles = transition.roles ?? []
  return updateTransition(doc, index, { roles: roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role] })
}
