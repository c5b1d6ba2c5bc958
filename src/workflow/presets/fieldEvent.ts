import type { Workflow } from '../engine'

const l = (zh: string, en: string) => ({ zh, en })

/** 会前准备 → 会场布置 → 活动执行 → 信息汇总及整理 → 总结评估: a field event (campaigns of type event). */
export const fieldEvent: Workflow = {
  key: 'field-event',
  entity: 'campaigns',
  label: l('会议营销', 'Field event'),
  appliesWhen: "type == 'event'",
  stages: [
    { key: 'preparation', label: l('会前准备', 'Preparation') },
    { key: 'setup', label: l('会场布置', 'Venue set-up') },
    { key: 'execution', label: l('活动执行', 'The event') },
    { key: 'collation', label: l('信息汇总及整理', 'Collating leads') },
    { key: 'evaluation', label: l('总结评估', 'Evaluation'), final: true, outcome: 'closed' },
  ],
  transitions: [
    { key: 'setUp', from: 'preparation', to: 'setup', label: l('布置会场', 'Set up the venue') },
    { key: 'run', from: 'setup', to: 'execution', label: l('开始活动', 'Start the event') },
    { key: 'collate', from: 'execution', to: 'collation', label: l('汇总信息', 'Collate') },
    { key: 'evaluate', from: 'collation', to: 'evaluation', label: l('总结评估', 'Evaluate') },
  ],
}
