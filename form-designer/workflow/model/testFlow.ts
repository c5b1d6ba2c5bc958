import type { FlowDoc } from './flowDoc'

/** A small flow for the model's tests: open → working → done (closed), with a way back. */
export const flow = (): FlowDoc => ({
  stages: [
    { key: 'open', label: { zh: '待处理', en: 'Open' }, color: '#64748b' },
    { key: 'working', label: { zh: '处理中', en: 'Working' }, requiredActions: [{ key: 'call', label: { en: 'Call' } }] },
    { key: 'done', label: { zh: '完成', en: 'Done' }, final: true, outcome: 'closed' },
  ],
  transitions: [
    { key: 'start', from: 'open', to: 'working', label: { en: 'Start' } },
    { key: 'back', from: 'working', to: 'open', label: { en: 'Back' } },
    { key: 'finish', from: 'working', to: 'done', label: { en: 'Finish' } },
  ],
})
