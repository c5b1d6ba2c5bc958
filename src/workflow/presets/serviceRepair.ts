import type { Workflow } from '../engine'

const l = (zh: string, en: string) => ({ zh, en })

/** 报修受理 → 初步调试 → 高级调试 → 现场维修 → 回访 → 完成: the service lab's six-stage repair flow. */
export const serviceRepair: Workflow = {
  key: 'service-repair',
  entity: 'service-requests',
  label: l('报修流程', 'Repair flow'),
  stages: [
    {
      key: 'received',
      label: l('报修受理', 'Received'),
      color: '#64748b',
      requiredActions: [{ key: 'assetConfirmed', label: l('资产确认', 'Asset confirmed') }],
    },
    { key: 'initialDebug', label: l('初步调试', 'First-line diagnosis'), color: '#0ea5e9', timeLimitHours: 8 },
    {
      key: 'advancedDebug',
      label: l('高级调试', 'Second-line diagnosis'),
      color: '#6366f1',
      requiredActions: [{ key: 'escalationConfirmed', label: l('确认升级', 'Escalation confirmed') }],
      timeLimitHours: 24,
    },
    {
      key: 'onsiteRepair',
      label: l('现场维修', 'On-site repair'),
      color: '#f59e0b',
      requiredActions: [{ key: 'dispatched', label: l('工单派发', 'Work order dispatched') }],
      timeLimitHours: 48,
    },
    {
      key: 'returnVisit',
      label: l('回访', 'Follow-up call'),
      color: '#8b5cf6',
      requiredActions: [{ key: 'visitDone', label: l('回访完成', 'Follow-up done') }],
    },
    { key: 'done', label: l('完成', 'Closed'), color: '#16a34a', final: true, outcome: 'closed' },
  ],
  transitions: [
    { key: 'start', from: 'received', to: 'initialDebug', label: l('开始调试', 'Start diagnosis') },
    { key: 'escalate', from: 'initialDebug', to: 'advancedDebug', label: l('升级', 'Escalate') },
    { key: 'solvedRemotely', from: 'initialDebug', to: 'returnVisit', label: l('远程解决', 'Solved remotely') },
    { key: 'goOnsite', from: 'advancedDebug', to: 'onsiteRepair', label: l('上门维修', 'Go on site') },
    { key: 'solvedAdvanced', from: 'advancedDebug', to: 'returnVisit', label: l('调试解决', 'Solved') },
    { key: 'repaired', from: 'onsiteRepair', to: 'returnVisit', label: l('维修完成', 'Repaired') },
    { key: 'close', from: 'returnVisit', to: 'done', label: l('关闭工单', 'Close') },
  ],
}
