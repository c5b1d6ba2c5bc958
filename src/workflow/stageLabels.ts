import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import type { Labels } from '../customFields/layout/types'
import { activeWorkflows } from './server/activeWorkflows'

const l = (zh: string, en: string): Labels => ({ zh, en })

/** The stages opportunities use without a workflow of the tenant's (the demo's), in pipeline order. */
export const DEFAULT_OPPORTUNITY_STAGES: { key: string; label: Labels; final?: boolean }[] = [
  { key: 'qualification', label: l('资格确认', 'Qualification') },
  { key: 'needs-analysis', label: l('需求分析', 'Needs analysis') },
  { key: 'proposal', label: l('方案报价', 'Proposal') },
  { key: 'negotiation', label: l('商务谈判', 'Negotiation') },
  { key: 'won', label: l('赢单', 'Won'), final: true },
  { key: 'lost', label: l('输单', 'Lost'), final: true },
]

/**
 * The names of an entity's stage keys per stage field, from the tenant's active workflows (the first
 * workflow naming a key wins), then the default opportunity stages: reports and charts show
 * "方案报价", not `proposal`.
 */
export async function stageLabels(req: PayloadRequest, tenant: Id, entity: string): Promise<Map<string, Map<string, Labels>>> {
  const byField = new Map<string, Map<string, Labels>>()
  const add = (field: string, key: string, label: Labels) => {
    const labels = byField.get(field) ?? new Map<string, Labels>()
    if (!labels.has(key)) labels.set(key, label)
    byField.set(field, labels)
  }
  for (const workflow of await activeWorkflows(req, tenant, entity))
    for (const stage of workflow.stages) add(workflow.field ?? 'stage', stage.key, stage.label)
  if (entity === 'opportunities') for (const stage of DEFAULT_OPPORTUNITY_STAGES) add('stage', stage.key, stage.label)
  return byField
}
