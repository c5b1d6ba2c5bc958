import type { Payload } from 'payload'
import type { Id } from '../../../src/access/types'
import { at, lab, related } from './lab'

/** The service lab solved as a student would: every exercise of `service-lab.json` passes afterwards. */
export async function solve(payload: Payload, group: Id): Promise<void> {
  const { find, create, update, member } = lab(payload, group)
  const me = await member()
  /** Each stage of a workflow in turn, as the record page's transition buttons take them. */
  const move = async (collection: string, id: Id, stages: string[]) => {
    for (const stage of stages) await update(collection, id, { stage })
  }
  /** A required action of the repair flow is done by a done activity naming it. */
  const action = (request: Id, workflowAction: string, subject: string, type = 'task') =>
    create('activities', {
      subject,
      type,
      status: 'done',
      workflowAction,
      relatedTo: related('service-requests', request),
      startAt: at('2026-03-03T02:00:00Z'),
    })

  // repair-done: 报修受理 → 初步调试 → 高级调试 → 现场维修 → 回访 → 完成.
  const repair = await find('service-requests', 'number', 'SR-20260302-001')
  await action(repair, 'assetConfirmed', 'SR-20260302-001 资产确认：W300 序列号核对无误', 'call')
  await move('service-requests', repair, ['initialDebug'])
  await action(repair, 'escalationConfirmed', 'SR-20260302-001 确认升级：远程调压无效')
  await move('service-requests', repair, ['advancedDebug'])
  await update('service-requests', repair, {
    dispatches: [{ assignee: me, dispatchedAt: at('2026-03-03T06:00:00Z'), note: '更换增压泵' }],
  })
  await action(repair, 'dispatched', 'SR-20260302-001 派工：上门更换增压泵')
  await move('service-requests', repair, ['onsiteRepair'])
  await move('service-requests', repair, ['returnVisit'])
  await update('service-requests', repair, {
    returnVisits: [{ visitedAt: at('2026-03-05T02:00:00Z'), satisfaction: 5, comment: '流量恢复正常' }],
  })
  await action(repair, 'visitDone', 'SR-20260302-001 回访：客户确认流量恢复', 'call')
  await move('service-requests', repair, ['done'])
  await update('service-requests', repair, { status: 'closed' })

  // dispatch
  await update('service-requests', await find('service-requests', 'number', 'SR-20260302-002'), {
    dispatches: [{ assignee: me, dispatchedAt: at('2026-03-02T05:00:00Z'), note: '携带备用磨豆组件上门' }],
  })

  // queue
  await update('service-requests', await find('service-requests', 'number', 'SR-20260303-002'), { queue: '二线技术支持' })

  // return-visit
  await update('service-requests', await find('service-requests', 'number', 'SR-20260301-001'), {
    returnVisits: [{ visitedAt: at('2026-03-12T02:00:00Z'), satisfaction: 4, comment: '对补偿方案满意' }],
  })

  // field-event: the five stages.
  const event = await find('campaigns', 'name', '2026 渠道客户答谢会')
  await move('campaigns', event, ['setup', 'execution', 'collation', 'evaluation'])
  await update('campaigns', event, { status: 'completed' })

  // review-passed: through the internal review into bidding.
  const hospital = await find('opportunities', 'name', '市第一人民医院 中央净水系统改造项目')
  await move('opportunities', hospital, ['needsAnalysis', 'proposal', 'review', 'bidding'])

  // bid-won and contract
  const park = await find('opportunities', 'name', '创智产业园 直饮水工程')
  await move('opportunities', park, ['needsAnalysis', 'proposal', 'review', 'bidding', 'won', 'contract'])
  await create('contracts', {
    name: '创智产业园 直饮水工程合同',
    status: 'signed',
    account: await find('accounts', 'code', 'SV-C004'),
    opportunity: park,
    amount: '418000.00',
    currency: 'CNY',
    signedOn: at('2026-06-20T00:00:00Z'),
  })
}
