import { describe, expect, it } from 'vitest'
import { keyboardStep } from './keyboardStep'

describe('keyboardStep', () => {
  it.each([
    [[0, 40, 80], 0, 1, 40],
    [[0, 40, 80], 1, 1, 40],
    [[0, 40, 100], 2, -1, -60],
    [[0, 40, 80], 2, 1, null],
    [[0, 40, 80], 0, -1, null],
    [[0, undefined, 80], 0, 1, null],
    [[], 0, 1, null],
  ] as const)('slots at %o, over %i, direction %i → %s', (tops, at, direction, step) => {
    expect(keyboardStep(tops, at, direction)).toBe(step)
  })
})
