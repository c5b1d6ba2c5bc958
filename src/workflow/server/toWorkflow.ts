import type { Stage, Transition, Workflow } from '../engine'

/** A `workflows` row as the engine reads it. */
export type WorkflowDoc = {
  id: string | number
  key: string
  entity: string
  nameZh?: string | null
  nameEn?: string | null
  field?: string | null
  appliesWhen?: string | null
  stages?: unknown
  transitions?: unknown
}

export const toWorkflow = (doc: WorkflowDoc): Workflow => ({
  key: doc.key,
  entity: doc.entity,
  label: { zh: doc.nameZh ?? undefined, en: doc.nameEn ?? undefined },
  field: doc.field || 'stage',
  appliesWhen: doc.appliesWhen ?? undefined,
  stages: (Array.isArray(doc.stages) ? doc.stages : []) as Stage[],
  transitions: (Array.isArray(doc.transitions) ? doc.transitions : []) as Transition[],
})
