import type { PayloadRequest } from 'payload'
import { holds, parsedRule } from '../../../form-designer/model/rules'
import type { Id } from '../../access/types'
import { activeConfigs } from '../../config/activeConfigs'
import type { Workflow, WorkflowRecord } from '../engine'
import { toWorkflow, type WorkflowDoc } from './toWorkflow'

const workflows = activeConfigs('workflows', (doc) => toWorkflow(doc as unknown as WorkflowDoc), 'priority')

export const forgetWorkflows = workflows.forget

/** The active workflows of an entity in a tenant, in priority order. */
export const activeWorkflows: (req: PayloadRequest, tenant: Id, entity: string) => Promise<Workflow[]> = workflows.load

/** The workflow that governs a record: the first whose condition holds (one without a condition always does). */
export function workflowFor(workflows: readonly Workflow[], record: WorkflowRecord): Workflow | null {
  return workflows.find((w) => !w.appliesWhen?.trim() || holds(parsedRule(w.appliesWhen), record, new Date())) ?? null
}
