import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import { type Id, idOf } from '../../access/types'
import { notify } from '../../notifications/notify'
import { recordTitle } from '../../notifications/recordTitle'
import type { Stage, Workflow } from '../engine'
import { activeWorkflows, workflowFor } from '../server/activeWorkflows'
import { toWorkflow, type WorkflowDoc } from '../server/toWorkflow'
import { escalationTargets } from './escalationTargets'

const HOUR = 3_600_000
const PAGE = 200

/** When the record entered its current stage: its latest stage change into it, or its creation. */
async function enteredAt(req: PayloadRequest, entity: string, record: Record<string, unknown>, stage: string) {
  const { docs } = await req.payload.find({
    collection: 'workflow-transitions',
    where: { and: [{ entity: { equals: entity } }, { record: { equals: String(record.id) } }, { to: { equals: stage } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const last = docs[0]
  return last
    ? { at: Date.parse(String(last.createdAt)), entry: `t${last.id}` }
    : { at: Date.parse(String(record.createdAt)), entry: 'created' }
}

async function checkStage(req: PayloadRequest, tenant: Id, workflow: Workflow, stage: Stage, now: number) {
  const limit = Number(stage.timeLimitHours)
  const field = workflow.field ?? 'stage'
  const counts = { reminders: 0, escalations: 0 }
  const where: Where = {
    and: [
      { tenant: { equals: tenant } },
      { [field]: { equals: stage.key } },
      { createdAt: { less_than: new Date(now - limit * HOUR).toISOString() } },
    ],
  }
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await req.payload.find({
      collection: workflow.entity as 'accounts',
      where,
      page,
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      if (workflowFor(await activeWorkflows(req, tenant, workflow.entity), doc)?.key !== workflow.key) continue
      const { at, entry } = await enteredAt(req, workflow.entity, doc, stage.key)
      const hours = (now - at) / HOUR
      if (hours < limit) continue
      const key = `timeLimit:${workflow.entity}:${doc.id}:${stage.key}:${entry}`
      const title = recordTitle(req.payload, workflow.entity, doc)
      const stageZh = stage.label.zh ?? stage.key
      const stageEn = stage.label.en ?? stage.key
      const common = { tenant, entity: workflow.entity, record: doc.id as Id }
      const owner = idOf(doc.owner)
      if (owner != null)
        counts.reminders += await notify(req, [owner], {
          ...common,
          kind: 'reminder',
          key: `${key}:reminder`,
          text: {
            zh: `“${title}”在阶段“${stageZh}”已超过 ${limit} 小时，请尽快处理。`,
            en: `"${title}" has been in "${stageEn}" for over ${limit} h.`,
          },
        })
      if (hours >= 2 * limit)
        counts.escalations += await notify(req, await escalationTargets(req, tenant, doc), {
          ...common,
          kind: 'escalation',
          key: `${key}:escalation`,
          text: {
            zh: `“${title}”在阶段“${stageZh}”已超过 ${2 * limit} 小时仍未推进。`,
            en: `"${title}" has been in "${stageEn}" for over ${2 * limit} h without moving on.`,
          },
        })
    }
    if (!hasNextPage) return counts
  }
}

/**
 * Reminds owners of records that have stayed in a stage longer than its `timeLimitHours`, and after
 * twice as long tells their manager. Each notice is keyed by the stage entry, so it is sent once per
 * entry however often the job runs (and a record that leaves and comes back is reminded again).
 */
export async function checkTimeLimits(payload: Payload, now = Date.now()) {
  const req = await createLocalReq({}, payload)
  const totals = { reminders: 0, escalations: 0 }
  const { docs } = await payload.find({
    collection: 'workflows',
    where: { active: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of docs) {
    const workflow = toWorkflow(doc as unknown as WorkflowDoc)
    const tenant = idOf(doc.tenant) as Id
    for (const stage of workflow.stages.filter((s) => !s.final && Number(s.timeLimitHours) > 0)) {
      const counts = await checkStage(req, tenant, workflow, stage, now)
      totals.reminders += counts.reminders
      totals.escalations += counts.escalations
    }
  }
  return totals
}
