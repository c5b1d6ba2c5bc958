import type { Payload } from 'payload'
import type { Id } from '../../src/access/types'
import type { Effect, Stage } from '../../src/workflow/engine'
import { forgetWorkflows } from '../../src/workflow/server/activeWorkflows'

const l = (en: string, zh: string) => ({ en, zh })

/**
 * A three-stage service flow (open → working → closed, and back) whose effects each test sets:
 * `start` on the transition open → working, `enterWorking` / `enterOpen` on entering those stages.
 */
export async function setEffectFlow(
  payload: Payload,
  tenant: Id,
  effects: { start?: Effect[]; enterWorking?: Effect[]; enterOpen?: Effect[]; workingHours?: number } = {},
) {
  const stages: Stage[] = [
    { key: 'open', label: l('Open', '受理'), onEnter: effects.enterOpen ?? [] },
    { key: 'working', label: l('Working', '处理中'), onEnter: effects.enterWorking ?? [], timeLimitHours: effects.workingHours },
    { key: 'closed', label: l('Closed', '已关闭'), final: true, outcome: 'closed' },
  ]
  const data = {
    tenant,
    key: 'fx',
    entity: 'service-requests',
    nameZh: '效果测试',
    nameEn: 'Effects test',
    stages,
    transitions: [
      { key: 'start', from: 'open', to: 'working', label: l('Start', '开始'), effects: effects.start ?? [] },
      { key: 'back', from: 'working', to: 'open', label: l('Back', '退回') },
      { key: 'close', from: 'working', to: 'closed', label: l('Close', '关闭') },
    ],
  }
  const { docs } = await payload.find({
    collection: 'workflows',
    where: { and: [{ tenant: { equals: tenant } }, { key: { equals: 'fx' } }] },
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) await payload.update({ collection: 'workflows', id: docs[0].id, data: data as never, overrideAccess: true })
  else await payload.create({ collection: 'workflows', data: data as never, overrideAccess: true })
  forgetWorkflows()
}

/** The effect rows of a record, in order. */
export async function effectRows(payload: Payload, recordId: Id) {
  const { docs } = await payload.find({
    collection: 'workflow-effects',
    where: { record: { equals: String(recordId) } },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as {
    id: Id
    kind: string
    status: string
    attempts: number
    idempotencyKey: string
    lastError?: string | null
    transition?: Id | null
  }[]
}
