import { describe, expect, it } from 'vitest'
import { leastRestrictive } from './levels'

describe('leastRestrictive', () => {
  it.each([
    [[], undefined],
    [['hidden'], 'hidden'],
    [['hidden', undefined], undefined],
    [['hidden', 'masked'], 'masked'],
    [['masked', 'readOnly'], 'readOnly'],
    [['hidden', 'readOnly', 'masked'], 'readOnly'],
    [['readOnly', 'readOnly'], 'readOnly'],
  ] as const)('%j → %s', (levels, expected) => {
    expect(leastRestrictive(levels)).toBe(expected)
  })
})
