import { describe, expect, it } from 'vitest'
import { fieldEvent, projectOpportunity, serviceRepair } from '../presets'
import { checkTransition, checkWorkflow, stageBar, type TransitionCheck, transitionsFrom, type Workflow } from '.'

const base = (over: Partial<TransitionCheck>): TransitionCheck => ({
  workflow: serviceRepair,
  record: {},
  from: 'received',
  to: 'initialDebug',
  roleKeys: ['service-agent'],
  admin: false,
  doneActions: new Set(),
  language: 'zh',
  ...over,
})
const messages = (result: ReturnType<typeof checkTransition>) => (result.ok ? [] : result.problems.map((p) => p.message))

describe('checkTransition', () => {
  it('refuses leaving a stage before its required actions are done, naming them', () => {
    expect(messages(checkTransition(base({})))).toEqual(['离开“报修受理”之前需完成：资产确认。'])
    const ok = checkTransition(base({ doneActions: new Set(['assetConfirmed']) }))
    expect(ok).toEqual({ ok: true, transition: serviceRepair.transitions[0] })
  })

  it('refuses a move the workflow has no transition for, and leaving a final stage', () => {
    expect(messages(checkTransition(base({ to: 'done', language: 'en' })))).toEqual([
      'The workflow "Repair flow" does not go from "Received" to "Closed".',
    ])
    expect(messages(checkTransition(base({ from: 'done', to: 'returnVisit' })))).toEqual(['“完成”是结束阶段，记录不能再离开。'])
  })

  it('refuses an unknown stage and lets a record stay where it is', () => {
    expect(messages(checkTransition(base({ to: 'nowhere' })))).toEqual(['流程“报修流程”中没有阶段“nowhere”。'])
    expect(checkTransition(base({ to: 'received' }))).toEqual({ ok: true, transition: null })
  })

  it.each([
    [null, 'received', true],
    [null, 'initialDebug', false],
    ['legacy-stage', 'received', true],
    ['legacy-stage', 'done', false],
  ])('a record coming from %s may enter at %s: %s', (from, to, ok) => {
    expect(checkTransition(base({ from, to })).ok).toBe(ok)
  })

  it('limits a transition to its roles; an admin of the tenant passes', () => {
    const review = { workflow: projectOpportunity, from: 'review', to: 'bidding', language: 'en' as const }
    expect(messages(checkTransition(base({ ...review, roleKeys: ['sales'] })))).toEqual(['Moving to "Bidding" is for manager.'])
    expect(checkTransition(base({ ...review, roleKeys: ['sales', 'manager'] })).ok).toBe(true)
    expect(checkTransition(base({ ...review, roleKeys: [], admin: true })).ok).toBe(true)
  })

  it('evaluates conditions on the record as the write leaves it', () => {
    const guarded: Workflow = {
      ...serviceRepair,
      transitions: serviceRepair.transitions.map((t) =>
        t.key === 'start' ? { ...t, when: "priority == 'high' or custom.remote == true" } : t,
      ),
    }
    const input = base({ workflow: guarded, doneActions: new Set(['assetConfirmed']), language: 'en' })
    expect(messages(checkTransition({ ...input, record: { priority: 'low' } }))).toEqual([
      `Moving to "First-line diagnosis" needs priority == 'high' or custom.remote == true.`,
    ])
    expect(checkTransition({ ...input, record: { priority: 'low', custom: { remote: true } } }).ok).toBe(true)
  })

  it('asks for a loss reason when the move ends the record lost; `*` transitions leave any open stage', () => {
    const drop = base({ workflow: projectOpportunity, from: 'proposal', to: 'lost', roleKeys: ['sales'] })
    expect(messages(checkTransition(drop))).toEqual(['转到“流标”需要填写丢单原因。'])
    const dropped = checkTransition({ ...drop, record: { lossReason: '预算取消' } })
    expect(dropped.ok && dropped.transition?.key).toBe('drop')
  })

  it('reports every problem of the transition at once', () => {
    const strict: Workflow = {
      ...projectOpportunity,
      stages: projectOpportunity.stages.map((s) =>
        s.key === 'review' ? { ...s, requiredActions: [{ key: 'minutes', label: { zh: '评审纪要', en: 'Review minutes' } }] } : s,
      ),
    }
    const result = checkTransition(base({ workflow: strict, from: 'review', to: 'bidding', roleKeys: ['sales'], language: 'en' }))
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['role', 'missingActions'])
  })
})

describe('transitionsFrom', () => {
  it('lists the ways out of the current stage with what stands in the way', () => {
    const options = transitionsFrom({ ...base({}), from: 'initialDebug' })
    expect(options.map((o) => [o.transition.key, o.problems.length])).toEqual([
      ['escalate', 0],
      ['solvedRemotely', 0],
    ])
    expect(transitionsFrom({ ...base({}), from: 'done' })).toEqual([])
  })
})

describe('checkWorkflow', () => {
  const known = (path: string) => ['priority', 'type', 'custom.remote', 'amount'].includes(path)
  it.each([
    ['serviceRepair', serviceRepair],
    ['projectOpportunity', projectOpportunity],
    ['fieldEvent', fieldEvent],
  ])('accepts the %s preset', (_, preset) => {
    expect(checkWorkflow(preset, known, 'en')).toEqual([])
  })

  it('finds unreachable stages, dead ends, unknown stages, duplicate keys, finals without outcome, bad conditions', () => {
    const broken: Workflow = {
      key: 'broken',
      entity: 'service-requests',
      label: { en: 'Broken' },
      stages: [
        { key: 'a', label: { en: 'A' } },
        { key: 'b', label: { en: 'B' } },
        { key: 'a', label: { en: 'A again' } },
        { key: 'island', label: { en: 'Island' }, final: true },
        { key: 'end', label: { en: 'End' }, final: true, outcome: 'closed' },
      ],
      transitions: [
        { key: 'ab', from: 'a', to: 'b', label: { en: 'A to B' }, when: 'ghost > 1' },
        { key: 'ab', from: 'b', to: 'nowhere', label: { en: 'dup' } },
        { key: 'out', from: 'end', to: 'a', label: { en: 'leaves the end' } },
      ],
    }
    expect(checkWorkflow(broken, known, 'en')).toEqual([
      { pointer: '/stages/2/key', message: 'The stage key "a" is used twice.' },
      { pointer: '/stages/3/outcome', message: 'The final stage "island" needs an outcome (won, lost or closed).' },
      { pointer: '/transitions/0/when', message: expect.stringContaining('Unknown field "ghost"') },
      { pointer: '/transitions/1/key', message: 'The transition key "ab" is used twice.' },
      { pointer: '/transitions/1/to', message: 'The transition "ab" names a stage that does not exist: "nowhere".' },
      { pointer: '/transitions/2/from', message: 'The transition "out" leaves the final stage "end".' },
      { pointer: '/stages/1', message: 'The stage "b" is not final but no transition leaves it.' },
      { pointer: '/stages/3', message: 'No transition leads to the stage "island".' },
      { pointer: '/stages/4', message: 'No transition leads to the stage "end".' },
    ])
  })

  it('refuses a workflow without stages', () => {
    expect(checkWorkflow({ ...serviceRepair, stages: [] }, known, 'zh')).toEqual([
      { pointer: '/stages', message: '流程至少需要一个阶段。' },
    ])
  })
})

describe('stageBar', () => {
  it('shows done stages green, the current one with its actions, the rest to do', () => {
    const bar = stageBar(serviceRepair, 'advancedDebug', new Set(['escalationConfirmed']), 'zh')
    expect(bar.map((s) => [s.label, s.state])).toEqual([
      ['报修受理', 'done'],
      ['初步调试', 'done'],
      ['高级调试', 'current'],
      ['现场维修', 'todo'],
      ['回访', 'todo'],
      ['完成', 'todo'],
    ])
    expect(bar[0].actions).toEqual([{ key: 'assetConfirmed', label: '资产确认', done: true }])
    expect(bar[2].actions).toEqual([{ key: 'escalationConfirmed', label: '确认升级', done: true }])
    expect(bar[3].actions).toEqual([{ key: 'dispatched', label: '工单派发', done: false }])
  })
  it('never marks a final stage not taken as done', () => {
    const bar = stageBar(projectOpportunity, 'lost', new Set(), 'en')
    expect(bar.find((s) => s.key === 'contract')?.state).toBe('todo')
    expect(bar.find((s) => s.key === 'lost')?.state).toBe('current')
  })
})
