import { describe, expect, it } from 'vitest'
import { applicableSteps, checkProcess, decide, processFor, startState, waitingFor } from '.'
import type { Action, Process, RequestState, StepDefinition } from './types'

const l = (en: string) => ({ en, zh: en })
const AT = '2026-01-01T00:00:00.000Z'
const steps: StepDefinition[] = [
  { key: 'dept', label: l('Department'), mode: 'any', approvers: { type: 'departmentManager' } },
  { key: 'finLegal', label: l('Finance and legal'), mode: 'all', approvers: { type: 'role', roles: ['finance', 'legal'] } },
  { key: 'director', label: l('Director'), mode: 'any', approvers: { type: 'users', users: ['9'] }, when: 'amount > 100000' },
]
const process: Process = { key: 'contract', entity: 'contracts', label: l('Contract'), steps }

/** A request over the three steps: dept = managers 1 and 2 (any), finLegal = 3 and 4 (all), director = 9. */
const fresh = (): RequestState => {
  const started = startState(
    steps.map((s, i) => ({ ...s, users: [['1', '2'], ['3', '4'], ['9']][i] })),
    '7',
    AT,
  )
  if (!started.ok) throw new Error('did not start')
  return started.state
}
const run = (state: RequestState, ...actions: Action[]) =>
  actions.reduce((s, a) => {
    const out = decide(s, a, AT)
    if (!out.ok) throw new Error(`${a.type} by ${a.user} refused: ${out.refusal}`)
    return out.state
  }, state)
const approve = (user: string): Action => ({ type: 'approve', user })

describe('routing', () => {
  it.each([
    ['50000.00', ['dept', 'finLegal']],
    ['100000.00', ['dept', 'finLegal']],
    ['100000.01', ['dept', 'finLegal', 'director']],
  ])('an amount of %s goes through %j', (amount, keys) => {
    expect(applicableSteps(process, { amount }).map((s) => s.key)).toEqual(keys)
  })

  it('picks the first process whose condition holds', () => {
    const big = { ...process, key: 'big', appliesWhen: 'amount > 1000' }
    expect(processFor([big, process], { amount: '10' })?.key).toBe('contract')
    expect(processFor([big, process], { amount: '5000' })?.key).toBe('big')
    expect(processFor([big], { amount: '10' })).toBeNull()
  })

  it('refuses to start when a step resolves to nobody, and approves at once when no step applies', () => {
    expect(startState([{ ...steps[0], users: [] }], '7', AT)).toEqual({ ok: false, emptyStep: 0 })
    const none = startState([], '7', AT)
    expect(none.ok && none.state.status).toBe('approved')
  })
})

describe('或签 and 会签', () => {
  it('an any-step completes with one approval; an all-step needs everyone', () => {
    const afterDept = run(fresh(), approve('2'))
    expect(afterDept.current).toBe(1)
    expect(waitingFor(afterDept)).toEqual(['3', '4'])
    const oneOfTwo = run(afterDept, approve('3'))
    expect(oneOfTwo.current).toBe(1)
    expect(waitingFor(oneOfTwo)).toEqual(['4'])
    const allApproved = run(oneOfTwo, approve('4'), approve('9'))
    expect(allApproved.status).toBe('approved')
    expect(waitingFor(allApproved)).toEqual([])
    expect(allApproved.version).toBe(5)
    expect(allApproved.history.map((h) => [h.action, h.user, h.step])).toEqual([
      ['submit', '7', undefined],
      ['approve', '2', 'dept'],
      ['approve', '3', 'finLegal'],
      ['approve', '4', 'finLegal'],
      ['approve', '9', 'director'],
    ])
  })
})

describe('refusals', () => {
  const atFinance = () => run(fresh(), approve('1'))
  it.each<[string, () => RequestState, Action, string]>([
    ['a non-approver', fresh, approve('3'), 'notApprover'],
    ['an approver of a later step', fresh, approve('9'), 'notApprover'],
    ['an answer given twice', () => run(atFinance(), approve('3')), approve('3'), 'alreadyAnswered'],
    ['an approver of a step already done', atFinance, approve('2'), 'notApprover'],
    ['a withdrawal by someone else', fresh, { type: 'withdraw', user: '1' }, 'notSubmitter'],
    ['anything once approved', () => run(atFinance(), approve('3'), approve('4'), approve('9')), approve('9'), 'notPending'],
    ['anything once withdrawn', () => run(fresh(), { type: 'withdraw', user: '7' }), approve('1'), 'notPending'],
    ['a rejection to a later step', fresh, { type: 'reject', user: '1', toStep: 'finLegal' }, 'notEarlierStep'],
    ['a rejection to the same step', atFinance, { type: 'reject', user: '3', toStep: 'finLegal' }, 'notEarlierStep'],
    [
      'a hand-over to someone already approving',
      atFinance,
      { type: 'handOver', user: '3', target: '4' },
      'targetAlreadyApprover',
    ],
    ['adding someone already approving', atFinance, { type: 'addApprover', user: '3', target: '4' }, 'targetAlreadyApprover'],
    ['a hand-over to oneself', atFinance, { type: 'handOver', user: '3', target: '3' }, 'targetIsSelf'],
    ['a hand-over to nobody', atFinance, { type: 'handOver', user: '3', target: '' }, 'noTarget'],
    ['an unknown action', fresh, { type: 'shrug', user: '1' } as unknown as Action, 'unknownAction'],
  ])('%s is refused', (_, state, action, refusal) => {
    const before = state()
    const copy = structuredClone(before)
    expect(decide(before, action, AT)).toEqual({ ok: false, refusal })
    expect(before).toEqual(copy)
  })
})

describe('reject, 加签, 转交, withdraw', () => {
  it('a rejection to the submitter ends the request, with the comment in the history', () => {
    const out = run(fresh(), approve('1'), { type: 'reject', user: '4', comment: ' 价格太低 ' })
    expect(out.status).toBe('rejected')
    expect(out.history.at(-1)).toEqual({ at: AT, user: '4', action: 'reject', step: 'finLegal', comment: '价格太低' })
    expect(waitingFor(out)).toEqual([])
  })

  it('a rejection back to an earlier step asks that step and the following ones again', () => {
    const out = run(fresh(), approve('1'), approve('3'), { type: 'reject', user: '4', toStep: 'dept' })
    expect(out.status).toBe('pending')
    expect(out.current).toBe(0)
    expect(waitingFor(out)).toEqual(['1', '2'])
    expect(out.steps[1].approvers.map((a) => a.decision)).toEqual(['pending', 'pending'])
    expect(out.history.at(-1)).toMatchObject({ action: 'reject', toStep: 'dept' })
    expect(run(out, approve('2'), approve('3'), approve('4')).current).toBe(2)
  })

  it('加签 adds an approver the step then also waits for (会签)', () => {
    const out = run(fresh(), approve('1'), { type: 'addApprover', user: '3', target: '5', comment: 'tax' })
    expect(waitingFor(out)).toEqual(['3', '4', '5'])
    expect(run(out, approve('3'), approve('4')).current).toBe(1)
    expect(run(out, approve('3'), approve('4'), approve('5')).current).toBe(2)
  })

  it('转交 hands the step to another user, who answers instead', () => {
    const out = run(fresh(), approve('1'), { type: 'handOver', user: '3', target: '6' })
    expect(waitingFor(out)).toEqual(['4', '6'])
    expect(decide(out, approve('3'), AT)).toEqual({ ok: false, refusal: 'notApprover' })
    expect(run(out, approve('4'), approve('6')).current).toBe(2)
  })

  it('the submitter withdraws a pending request', () => {
    const out = run(fresh(), { type: 'withdraw', user: '7', comment: 'wrong amount' })
    expect(out.status).toBe('withdrawn')
    expect(out.history.at(-1)).toMatchObject({ action: 'withdraw', comment: 'wrong amount' })
  })
})

describe('checking a process', () => {
  it('names the path of every problem', () => {
    const bad: Process = {
      ...process,
      appliesWhen: 'ghost > 1',
      statusField: 'nope',
      steps: [
        steps[0],
        { ...steps[1], key: 'dept', approvers: { type: 'role', roles: ['finance', 'astrologer'] } },
        { ...steps[2], approvers: { type: 'users', users: [] }, when: 'amount >' },
      ],
    }
    const known = { field: (p: string) => p === 'amount', role: (r: string) => r === 'finance' }
    expect(checkProcess(bad, known, 'en').map((p) => p.path)).toEqual([
      'appliesWhen',
      'statusField',
      'steps.1.key',
      'steps.1.roles',
      'steps.2.users',
      'steps.2.when',
    ])
    expect(checkProcess(process, { field: () => true, role: () => true }, 'en')).toEqual([])
    expect(checkProcess({ ...process, steps: [] }, known, 'zh')).toEqual([
      { path: 'steps', message: '审批流程至少需要一个步骤。' },
    ])
  })
})
