import { describe, expect, it } from 'vitest'
import { addRequiredAction, removeRequiredAction, updateRequiredAction } from './requiredActionActions'
import { flow } from './testFlow'

describe('required actions', () => {
  it.each([
    [0, { en: 'Asset confirmed' }, [{ key: 'assetConfirmed', label: { en: 'Asset confirmed' } }]],
    [1, { en: 'Call' }, [{ key: 'call' }, { key: 'call2' }]],
    [1, { zh: '回访完成' }, [{ key: 'call' }, { key: 'action1' }]],
  ])('adding to stage %i %o gives %o', (stage, label, expected) => {
    expect(addRequiredAction(flow(), stage, label).stages[stage].requiredActions).toMatchObject(expected)
  })

  it.each([
    ['an activity type', { activityType: 'visit' }, { key: 'call', activityType: 'visit' }],
    ['a key', { key: 'phoned' }, { key: 'phoned' }],
    ['labels', { label: { zh: '电话', en: 'Phone' } }, { label: { zh: '电话', en: 'Phone' } }],
  ])('updates %s', (_, patch, expected) => {
    expect(updateRequiredAction(flow(), 1, 0, patch).stages[1].requiredActions?.[0]).toMatchObject(expected)
  })

  it('an empty activity type is dropped; removing the last action drops the list', () => {
    const typed = updateRequiredAction(flow(), 1, 0, { activityType: 'visit' })
    expect(updateRequiredAction(typed, 1, 0, { activityType: undefined }).stages[1].requiredActions?.[0]).toEqual({
      key: 'call',
      label: { en: 'Call' },
    })
    expect('requiredActions' in removeRequiredAction(flow(), 1, 0).stages[1]).toBe(false)
  })

  it.each([
    ['a missing stage', (d: ReturnType<typeof flow>) => addRequiredAction(d, 9, { en: 'x' })],
    ['a missing action', (d: ReturnType<typeof flow>) => updateRequiredAction(d, 1, 4, { key: 'x' })],
    ['the same key', (d: ReturnType<typeof flow>) => updateRequiredAction(d, 1, 0, { key: 'call' })],
    ['removing a missing action', (d: ReturnType<typeof flow>) => removeRequiredAction(d, 0, 0)],
  ])('%s returns the same document', (_, act) => {
    const doc = flow()
    expect(act(doc)).toBe(doc)
  })
})
