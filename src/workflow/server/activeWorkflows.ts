import type { PayloadRequest } from 'payload'
import { holds, parsedRule } from '../../../form-designer/model/rules'
import type { Id } from '../../access/types'
import type { Workflow, WorkflowRecord } from '../engine'
import { toWorkflow, type WorkflowDoc } from './toWorkflow'

/** Like published schemas: a save in this process clears the entry; other processes see it within this time. */
const TRUST_MS = 5_000
const cache = new Map<string, { workflows: Workflow[]; fetchedAt: number }>()

export const forgetWorkflows = () => cache.clear()

/** The active workflows of an entity in a tenant, in priority order. */
export async function activeWorkflows(req: PayloadRequest, tenant: Id, entity: string): Promise<Workflow[]> {
  const key = `${tenant}:${entity}`
  const hit = cache.get(key)
  if (hit && Date.now() - hit.fetchedAt < TRUST_MS) return hit.workflows
  const { docs } = await req.payload.find({
    collection: 'workflows',
    where: { and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { active: { equals: true } }] },
    sort: 'priority',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const workflows = (docs as unknown as WorkflowDoc[]).map(toWorkflow)
  cache.set(key, { workflows, fetchedAt: Date.now() })
  return workflows
}

/** The workflow that governs a record: the first whose condition holds (one without a condition always does). */
export function workflowFor(workflows: readonly Workflow[], record: WorkflowRecord): Workflow | null {
  return workflows.find((w) => !w.appliesWhen?.trim() || holds(parsedRule(w.appliesWhen), record, new Date())) ?? null
}
