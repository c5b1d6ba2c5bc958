import type { FlowDoc } from '../model'

/** Every change goes through one pure action on the document (undo comes from there). */
export type Apply = (change: (doc: FlowDoc) => FlowDoc) => void

export type Choice = { value: string; label: string }

/** What the editor knows about the workflow's entity and tenant (loaded by the admin field). */
export type EditorContext = {
  /** Fields conditions and setField effects may name: base fields and published custom fields. */
  fields: Choice[]
  known: (path: string) => boolean
  roles: Choice[]
  templates: Choice[]
  activityTypes: Choice[]
  /** Opportunities carry a win probability per stage. */
  probability: boolean
}

export type Selection = { kind: 'stage' | 'transition'; index: number } | null
