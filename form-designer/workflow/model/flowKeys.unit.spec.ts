import { describe, expect, it } from 'vitest'
import { flowKeyProblem, suggestFlowKey } from './flowKeys'

describe('suggestFlowKey', () => {
  it.each([
    [{ en: 'Site visit' }, [], 'siteVisit'],
    [{ en: 'Site visit' }, ['siteVisit'], 'siteVisit2'],
    [{ en: 'Site visit' }, ['siteVisit', 'siteVisit2'], 'siteVisit3'],
    [{ zh: '上门' }, [], 'stage1'],
    [{ zh: '上门' }, ['stage1'], 'stage2'],
    [{ en: '  Café—opening! ' }, [], 'cafeOpening'],
    [{ en: '123' }, [], 'stage1'],
  ])('%o with %o taken → %s', (label, taken, key) => {
    expect(suggestFlowKey(label, new Set(taken), 'stage')).toBe(key)
  })
})

describe('flowKeyProblem', () => {
  it.each([
    ['open', [], null],
    ['field-event', [], null],
    ['open', ['open'], 'taken'],
    ['', [], 'shape'],
    ['1st', [], 'shape'],
    ['has space', [], 'shape'],
    ['a'.repeat(65), [], 'shape'],
  ])('%s with %o taken → %s', (key, taken, problem) => {
    expect(flowKeyProblem(key, new Set(taken))).toBe(problem)
  })
})
