import { describe, expect, it } from 'vitest'
import { addEffect, updateEffect } from './effectActions'
import type { FlowDoc } from './flowDoc'
import { flaggedPlaces, flowProblems, placeOfPointer, problemsFromServer } from './flowProblems'
import { fromPreset } from './presets'
import { addStage, renameStageKey, setFinal, updateStage } from './stageActions'
import { flow } from './testFlow'
import { addTransition, updateTransition } from './transitionActions'

const known = (path: string) => ['priority', 'stage', 'owner', 'custom.budget'].includes(path)
const pointers = (doc: FlowDoc) => flowProblems(doc, known, 'en').map((p) => p.pointer)

describe('flowProblems', () => {
  it('finds nothing in a sound flow or in the presets', () => {
    expect(pointers(flow())).toEqual([])
    for (const key of ['service-repair', 'project-opportunity', 'field-event']) {
      const doc = fromPreset(key)
      if (!doc) throw new Error(key)
      expect(flowProblems(doc, () => true, 'en')).toEqual([])
    }
  })

  it.each<[string, (d: FlowDoc) => FlowDoc, string[]]>([
    ['an unreachable stage with no way out', (d) => addStage(d, { en: 'Lonely' }), ['/stages/3', '/stages/3']],
    ['a final stage without outcome', (d) => updateStage(d, 2, { final: true, outcome: undefined }), ['/stages/2/outcome']],
    ['a stage with no way out that is not final', (d) => setFinal(d, 2, null), ['/stages/2']],
    ['a transition to an unknown stage', (d) => updateTransition(d, 2, { to: 'nowhere' }), ['/transitions/2/to', '/stages/2']],
    ['a duplicate stage key', (d) => ({ ...d, stages: [...d.stages, { ...d.stages[2] }] }), ['/stages/3/key']],
    ['a duplicate transition key', (d) => updateTransition(d, 1, { key: 'start' }), ['/transitions/1/key']],
    ['a condition on an unknown field', (d) => updateTransition(d, 0, { when: "custom.nope == 'x'" }), ['/transitions/0/when']],
    ['a condition on known fields', (d) => updateTransition(d, 0, { when: "priority == 'high' and custom.budget > 5" }), []],
    ['a condition that does not parse', (d) => updateTransition(d, 0, { when: 'priority ==' }), ['/transitions/0/when']],
    ['a bad stage key', (d) => renameStageKey(d, 0, '1 x'), ['/stages/0/key']],
    ['a stage without a name', (d) => updateStage(d, 1, { label: { zh: ' ' } }), ['/stages/1/label']],
    ['a time limit of 0', (d) => updateStage(d, 1, { timeLimitHours: 0 }), ['/stages/1/timeLimitHours']],
    [
      'a setField on an unknown field',
      (d) =>
        updateEffect(addEffect(d, { kind: 'transition', index: 2 }, 'setField'), { kind: 'transition', index: 2 }, 0, {
          field: 'custom.nope',
        }),
      ['/transitions/2/effects/0/field'],
    ],
    [
      'a setField on a known field',
      (d) =>
        updateEffect(addEffect(d, { kind: 'stage', index: 2 }, 'setField'), { kind: 'stage', index: 2 }, 0, {
          field: 'priority',
        }),
      [],
    ],
    [
      'an arrow from any stage reaching a new stage',
      (d) => addTransition(setFinal(addStage(d, { en: 'Parked' }), 3, 'closed'), '*', 'parked', { en: 'Park' }),
      [],
    ],
  ])('%s', (_, change, expected) => {
    expect(pointers(change(flow()))).toEqual(expected)
  })

  it('messages are in the language asked for', () => {
    const doc = setFinal(flow(), 2, null)
    expect(flowProblems(doc, known, 'zh')[0].message).toBe('阶段“done”不是结束阶段，但没有任何流转离开它。')
  })
})

describe('places', () => {
  it.each([
    ['/stages/3', { kind: 'stage', index: 3 }],
    ['/transitions/2/when', { kind: 'transition', index: 2, part: 'when' }],
    ['transitions.6.effects.0.field', { kind: 'transition', index: 6, part: 'effects/0/field' }],
    ['/stages', { kind: 'none' }],
    ['field', { kind: 'none' }],
  ])('%s is at %o', (pointer, place) => {
    expect(placeOfPointer(pointer)).toEqual(place)
  })

  it('takes the server errors about stages and transitions, and flags them by index', () => {
    const problems = problemsFromServer([
      { path: 'transitions.1.when', message: 'bad' },
      { path: 'stages.0', message: 'dead' },
      { path: 'nameZh', message: 'required' },
    ])
    expect(problems.map((p) => p.pointer)).toEqual(['/transitions/1/when', '/stages/0'])
    const flagged = flaggedPlaces(problems)
    expect([...flagged.stages]).toEqual([[0, ['dead']]])
    expect([...flagged.transitions]).toEqual([[1, ['bad']]])
  })
})
