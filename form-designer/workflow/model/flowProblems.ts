import type { Language } from '../../../src/i18n/language'
import { checkWorkflow } from '../../../src/workflow/engine/checkWorkflow'
import type { FlowDoc } from './flowDoc'

/** Where a problem is: a stage or a transition (by position), and which of its settings. */
export type FlowPlace = { kind: 'stage' | 'transition'; index: number; part?: string } | { kind: 'none' }

export type FlowProblem = { pointer: string; message: string; place: FlowPlace }

/** `/transitions/2/when` (or the server's `transitions.2.when`) → the transition 2, its condition. */
export function placeOfPointer(pointer: string): FlowPlace {
  const [list, index, ...rest] = pointer.replace(/^\//, '').split(/[/.]/)
  const at = Number(index)
  if ((list !== 'stages' && list !== 'transitions') || !Number.isInteger(at)) return { kind: 'none' }
  return { kind: list === 'stages' ? 'stage' : 'transition', index: at, ...(rest.length ? { part: rest.join('/') } : {}) }
}

/**
 * The problems the server would refuse the document for, computed as the admin edits: the same
 * check (checkWorkflow) over the same fields (`known`: the entity's base fields and its published
 * custom fields), each problem located at its stage or transition.
 */
export function flowProblems(doc: FlowDoc, known: (path: string) => boolean, language: Language): FlowProblem[] {
  const workflow = { key: 'editing', entity: '', label: {}, ...doc }
  return checkWorkflow(workflow, known, language).map((p) => ({ ...p, place: placeOfPointer(p.pointer) }))
}

/** The server's refusal (Payload's `{ path, message }` list) as problems of the editor. */
export function problemsFromServer(errors: readonly { path?: string; message?: string }[]): FlowProblem[] {
  return errors
    .filter((e) => /^(stages|transitions)(\.|$)/.test(e.path ?? ''))
    .map((e) => {
      const pointer = `/${(e.path ?? '').split('.').join('/')}`
      return { pointer, message: String(e.message ?? ''), place: placeOfPointer(pointer) }
    })
}

/** Problems by stage and by transition index, for the diagram and the lists. */
export function flaggedPlaces(problems: readonly FlowProblem[]) {
  const stages = new Map<number, string[]>()
  const transitions = new Map<number, string[]>()
  for (const p of problems) {
    if (p.place.kind === 'none') continue
    const map = p.place.kind === 'stage' ? stages : transitions
    map.set(p.place.index, [...(map.get(p.place.index) ?? []), p.message])
  }
  return { stages, transitions }
}
