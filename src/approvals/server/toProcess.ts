import { idOf } from '../../access/types'
import type { ApproverSource, Process, StepDefinition } from '../engine'

/** An `approval-processes` row as stored (steps edited with Payload's array field). */
export type ProcessDoc = {
  id?: string | number
  key: string
  entity: string
  nameZh?: string | null
  nameEn?: string | null
  appliesWhen?: string | null
  statusField?: string | null
  approvedValue?: string | null
  rejectedValue?: string | null
  steps?:
    | {
        key?: string | null
        labelZh?: string | null
        labelEn?: string | null
        approverType?: string | null
        mode?: string | null
        users?: unknown[] | null
        roles?: string[] | null
        department?: unknown
        when?: string | null
      }[]
    | null
}

type StepDoc = NonNullable<ProcessDoc['steps']>[number]

const approversOf = (s: StepDoc): ApproverSource => {
  switch (s.approverType) {
    case 'role':
      return { type: 'role', roles: (s.roles ?? []).filter(Boolean) }
    case 'manager':
      return { type: 'manager' }
    case 'departmentManager': {
      const department = idOf(s.department)
      return { type: 'departmentManager', department: department == null ? null : String(department) }
    }
    default:
      return {
        type: 'users',
        users: (s.users ?? [])
          .map(idOf)
          .filter((u) => u != null)
          .map(String),
      }
  }
}

export const toProcess = (doc: ProcessDoc): Process => ({
  key: doc.key,
  entity: doc.entity,
  label: { zh: doc.nameZh ?? undefined, en: doc.nameEn ?? undefined },
  appliesWhen: doc.appliesWhen ?? null,
  statusField: doc.statusField || null,
  approvedValue: doc.approvedValue ?? null,
  rejectedValue: doc.rejectedValue ?? null,
  steps: (doc.steps ?? []).map(
    (s): StepDefinition => ({
      key: s.key ?? '',
      label: { zh: s.labelZh ?? undefined, en: s.labelEn ?? undefined },
      mode: s.mode === 'all' ? 'all' : 'any',
      approvers: approversOf(s),
      when: s.when ?? null,
    }),
  ),
})

/** A preset as the collection stores it (the inverse of toProcess, for seeding). */
export const toProcessDoc = (process: Process, active = true): Record<string, unknown> => ({
  key: process.key,
  entity: process.entity,
  nameZh: process.label.zh,
  nameEn: process.label.en,
  appliesWhen: process.appliesWhen ?? null,
  statusField: process.statusField ?? null,
  approvedValue: process.approvedValue ?? null,
  rejectedValue: process.rejectedValue ?? null,
  active,
  steps: process.steps.map((s) => ({
    key: s.key,
    labelZh: s.label.zh,
    labelEn: s.label.en,
    mode: s.mode,
    approverType: s.approvers.type,
    users: s.approvers.type === 'users' ? s.approvers.users : [],
    roles: s.approvers.type === 'role' ? s.approvers.roles : [],
    department: s.approvers.type === 'departmentManager' ? (s.approvers.department ?? null) : null,
    when: s.when ?? null,
  })),
})
