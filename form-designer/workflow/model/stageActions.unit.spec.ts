import { describe, expect, it } from 'vitest'
import type { FlowDoc } from './flowDoc'
import { addStage, moveStage, removeStage, renameStageKey, setFinal, updateStage } from './stageActions'
import { flow } from './testFlow'

const keys = (doc: FlowDoc) => doc.stages.map((s) => s.key)
const arrows = (doc: FlowDoc) => doc.transitions.map((t) => `${t.from}>${t.to}`)

describe('addStage', () => {
  it.each([
    [{ en: 'Site visit', zh: '上门' }, 'siteVisit'],
    [{ en: 'Open' }, 'open2'],
    [{ zh: '回访' }, 'stage1'],
    [{ en: '2nd review' }, 'review'],
  ])('%o gets the key %s', (label, key) => {
    const next = addStage(flow(), label)
    expect(next.stages.at(-1)).toMatchObject({ key, label })
    expect(next.stages.at(-1)?.color).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('updateStage', () => {
  it.each([
    ['a colour', { color: '#dc2626' }, { color: '#dc2626' }],
    ['a probability', { probability: 40 }, { probability: 40 }],
    ['a time limit', { timeLimitHours: 8 }, { timeLimitHours: 8 }],
    ['labels', { label: { zh: '新', en: 'New' } }, { label: { zh: '新', en: 'New' } }],
  ])('sets %s', (_, patch, expected) => {
    expect(updateStage(flow(), 0, patch).stages[0]).toMatchObject(expected)
  })

  it('drops a setting set to undefined, and returns the same document on a no-op or a missing stage', () => {
    const doc = flow()
    expect('color' in updateStage(doc, 0, { color: undefined }).stages[0]).toBe(false)
    expect(updateStage(doc, 0, { color: '#64748b' })).toBe(doc)
    expect(updateStage(doc, 9, { color: '#000000' })).toBe(doc)
  })
})

describe('renameStageKey', () => {
  it.each([
    ['renames the transitions with the stage', 1, 'inProgress', ['open>inProgress', 'inProgress>open', 'inProgress>done']],
    ['renames the start', 0, 'new', ['new>working', 'working>new', 'working>done']],
  ])('%s', (_, index, key, expected) => {
    const next = renameStageKey(flow(), index, key)
    expect(next.stages[index].key).toBe(key)
    expect(arrows(next)).toEqual(expected)
  })

  it('keeps the arrows when another stage shares the old key (they are not this one alone)', () => {
    const doc = flow()
    doc.stages.push({ key: 'working', label: { en: 'Copy' } })
    expect(arrows(renameStageKey(doc, 3, 'copy'))).toEqual(arrows(doc))
  })

  it('returns the same document when the key does not change', () => {
    const doc = flow()
    expect(renameStageKey(doc, 0, 'open')).toBe(doc)
    expect(renameStageKey(doc, 7, 'x')).toBe(doc)
  })
})

describe('setFinal', () => {
  it.each([
    [0, 'won', { final: true, outcome: 'won' }],
    [2, 'lost', { final: true, outcome: 'lost' }],
  ] as const)('stage %i becomes final with %s', (index, outcome, expected) => {
    expect(setFinal(flow(), index, outcome).stages[index]).toMatchObject(expected)
  })

  it('not final drops the outcome too', () => {
    const stage = setFinal(flow(), 2, null).stages[2]
    expect(stage.final).toBeUndefined()
    expect(stage.outcome).toBeUndefined()
  })
})

describe('removeStage', () => {
  it.each([
    [1, ['open', 'done'], []],
    [2, ['open', 'working'], ['open>working', 'working>open']],
    [0, ['working', 'done'], ['working>done']],
  ])('removing %i leaves %o and the arrows %o', (index, stages, expected) => {
    const next = removeStage(flow(), index)
    expect(keys(next)).toEqual(stages)
    expect(arrows(next)).toEqual(expected)
  })

  it('returns the same document for a missing stage', () => {
    const doc = flow()
    expect(removeStage(doc, 5)).toBe(doc)
  })
})

describe('moveStage', () => {
  it.each([
    [0, 2, ['working', 'done', 'open']],
    [2, 0, ['done', 'open', 'working']],
    [1, 0, ['working', 'open', 'done']],
  ])('moves %i to %i', (from, to, expected) => {
    expect(keys(moveStage(flow(), from, to))).toEqual(expected)
  })

  it.each([
    [1, 1],
    [0, 3],
    [-1, 0],
  ])('a no-op (%i → %i) returns the same document', (from, to) => {
    const doc = flow()
    expect(moveStage(doc, from, to)).toBe(doc)
  })

  it('never changes the document it is given', () => {
    const doc = flow()
    const copy = structuredClone(doc)
    moveStage(doc, 0, 2)
    removeStage(doc, 1)
    renameStageKey(doc, 1, 'x')
    expect(doc).toEqual(copy)
  })
})
