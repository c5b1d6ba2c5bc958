import { describe, expect, it } from 'vitest'
import { addEffect, EFFECT_KINDS, effectStarter, effectsOf, removeEffect, updateEffect } from './effectActions'
import type { EffectOwner } from './flowDoc'
import { flow } from './testFlow'

const stage: EffectOwner = { kind: 'stage', index: 1 }
const transition: EffectOwner = { kind: 'transition', index: 0 }

describe('effects', () => {
  it.each(EFFECT_KINDS.flatMap((kind) => [stage, transition].map((owner) => [kind, owner] as const)))(
    'adds a %s effect to %o',
    (kind, owner) => {
      const next = addEffect(flow(), owner, kind)
      expect(effectsOf(next, owner)).toEqual([effectStarter(kind)])
    },
  )

  it('stores stage effects as onEnter and transition effects as effects', () => {
    expect(addEffect(flow(), stage, 'webhook').stages[1].onEnter).toEqual([{ kind: 'webhook', url: '' }])
    expect(addEffect(flow(), transition, 'startApproval').transitions[0].effects).toEqual([
      { kind: 'startApproval', process: '' },
    ])
  })

  it.each([
    ['setField', { field: 'priority', value: 'high' }, { kind: 'setField', field: 'priority', value: 'high' }],
    ['assign', { strategy: 'fixed', users: [3] }, { kind: 'assign', strategy: 'fixed', users: [3] }],
    ['assign', { role: 'service-agent' }, { kind: 'assign', strategy: 'roundRobin', role: 'service-agent' }],
    ['createTask', { dueInHours: 4 }, { kind: 'createTask', subject: {}, assignTo: 'owner', dueInHours: 4 }],
    ['sendEmail', { template: '12', to: 'contact' }, { kind: 'sendEmail', template: '12', to: 'contact' }],
    ['webhook', { url: 'https://x.test/h', secret: 's' }, { kind: 'webhook', url: 'https://x.test/h', secret: 's' }],
    ['webhook', { kind: 'setField' }, { kind: 'webhook', url: '' }],
  ] as const)('updates a %s effect with %o', (kind, patch, expected) => {
    const doc = addEffect(flow(), stage, kind)
    expect(effectsOf(updateEffect(doc, stage, 0, patch), stage)[0]).toEqual(expected)
  })

  it('an undefined setting is dropped', () => {
    const doc = updateEffect(addEffect(flow(), transition, 'webhook'), transition, 0, { secret: 's' })
    expect(effectsOf(updateEffect(doc, transition, 0, { secret: undefined }), transition)[0]).toEqual({
      kind: 'webhook',
      url: '',
    })
  })

  it('removing the last effect drops the list', () => {
    const doc = addEffect(flow(), stage, 'createTask')
    expect('onEnter' in removeEffect(doc, stage, 0).stages[1]).toBe(false)
  })

  it.each([
    ['adding to a missing stage', (d: ReturnType<typeof flow>) => addEffect(d, { kind: 'stage', index: 7 }, 'webhook')],
    ['updating a missing effect', (d: ReturnType<typeof flow>) => updateEffect(d, stage, 0, { url: 'x' })],
    ['removing a missing effect', (d: ReturnType<typeof flow>) => removeEffect(d, transition, 2)],
  ])('%s returns the same document', (_, act) => {
    const doc = flow()
    expect(act(doc)).toBe(doc)
  })

  it('an update that changes nothing returns the same document', () => {
    const doc = addEffect(flow(), stage, 'webhook')
    expect(updateEffect(doc, stage, 0, { url: '' })).toBe(doc)
  })
})
