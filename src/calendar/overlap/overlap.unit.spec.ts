import { describe, expect, it } from 'vitest'
import { conflictsWith, intervalOf, overlaps } from './overlap'

const at = (hhmm: string) => `2026-03-04T${hhmm}:00.000Z`
const iv = (a: string, b: string) => intervalOf(at(a), at(b))

describe('overlaps', () => {
  it.each([
    ['09:00', '10:00', '09:30', '10:30', true],
    ['09:00', '10:00', '10:00', '11:00', false],
    ['09:00', '12:00', '10:00', '11:00', true],
    ['10:00', '11:00', '09:00', '12:00', true],
    ['09:00', '10:00', '11:00', '12:00', false],
    ['09:00', '10:00', '09:00', '10:00', true],
  ])('%s–%s against %s–%s: %s', (a, b, c, d, expected) => {
    expect(overlaps(iv(a, b), iv(c, d))).toBe(expected)
    expect(overlaps(iv(c, d), iv(a, b))).toBe(expected)
  })

  it('an event without an end lasts the default 30 minutes', () => {
    expect(intervalOf(at('09:00'), null)).toEqual(iv('09:00', '09:30'))
    expect(intervalOf(at('09:00'), at('08:00'))).toEqual(iv('09:00', '09:30'))
    expect(overlaps(intervalOf(at('09:00')), iv('09:29', '10:00'))).toBe(true)
    expect(overlaps(intervalOf(at('09:00')), iv('09:30', '10:00'))).toBe(false)
  })
})

describe('conflictsWith', () => {
  it('returns the overlapping events, earliest first', () => {
    const events = [
      { id: 'c', interval: iv('11:00', '12:00') },
      { id: 'a', interval: iv('08:00', '09:15') },
      { id: 'b', interval: iv('09:45', '10:30') },
      { id: 'd', interval: iv('07:00', '09:00') },
    ]
    expect(conflictsWith(iv('09:00', '10:00'), events).map((e) => e.id)).toEqual(['a', 'b'])
    expect(conflictsWith(iv('13:00', '14:00'), events)).toEqual([])
  })
})
