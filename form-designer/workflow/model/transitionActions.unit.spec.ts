import { describe, expect, it } from 'vitest'
import { flow } from './testFlow'
import { addTransition, removeTransition, toggleTransitionRole, updateTransition } from './transitionActions'

describe('addTransition', () => {
  it.each([
    ['open', 'done', { en: 'Skip ahead' }, 'skipAhead'],
    ['*', 'open', { en: 'Start' }, 'start2'],
    ['working', 'done', { zh: '完成' }, 'transition1'],
  ])('%s → %s named %o gets the key %s', (from, to, label, key) => {
    expect(addTransition(flow(), from, to, label).transitions.at(-1)).toEqual({ key, from, to, label })
  })
})

describe('updateTransition', () => {
  it.each([
    ['a condition', { when: "priority == 'high'" }, { when: "priority == 'high'" }],
    ['the target', { to: 'done' }, { to: 'done' }],
    ['roles', { roles: ['manager'] }, { roles: ['manager'] }],
    ['labels', { label: { zh: '开始', en: 'Go' } }, { label: { zh: '开始', en: 'Go' } }],
  ])('sets %s', (_, patch, expected) => {
    expect(updateTransition(flow(), 0, patch).transitions[0]).toMatchObject(expected)
  })

  it.each([
    ['a blank condition', { when: '  ' }, 'when'],
    ['no roles', { roles: [] }, 'roles'],
  ])('%s is stored as no setting', (_, patch, key) => {
    const set = updateTransition(flow(), 0, { when: 'x == 1', roles: ['a'] })
    expect(key in updateTransition(set, 0, patch).transitions[0]).toBe(false)
  })

  it('returns the same document on a no-op or a missing transition', () => {
    const doc = flow()
    expect(updateTransition(doc, 0, { to: 'working' })).toBe(doc)
    expect(updateTransition(doc, 0, { when: '' })).toBe(doc)
    expect(updateTransition(doc, 8, { to: 'done' })).toBe(doc)
  })
})

describe('toggleTransitionRole', () => {
  it.each([
    [[], 'manager', ['manager']],
    [['manager'], 'sales', ['manager', 'sales']],
    [['manager', 'sales'], 'manager', ['sales']],
  ])('roles %o toggling %s give %o', (roles, role, expected) => {
    const doc = updateTransition(flow(), 0, { roles })
    expect(toggleTransitionRole(doc, 0, role).transitions[0].roles).toEqual(expected)
  })

  it('taking the last role away removes the setting (anyone may take it)', () => {
    const doc = updateTransition(flow(), 0, { roles: ['manager'] })
    expect('roles' in toggleTransitionRole(doc, 0, 'manager').transitions[0]).toBe(false)
  })
})

describe('removeTransition', () => {
  it.each([
    [0, ['back', 'finish']],
    [2, ['start', 'back']],
  ])('removing %i leaves %o', (index, expected) => {
    expect(removeTransition(flow(), index).transitions.map((t) => t.key)).toEqual(expected)
  })

  it('returns the same document for a missing transition', () => {
    const doc = flow()
    expect(removeTransition(doc, 3)).toBe(doc)
  })
})
