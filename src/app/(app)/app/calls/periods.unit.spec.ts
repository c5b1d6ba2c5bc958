import { describe, expect, it } from 'vitest'
import { duration, presetRange } from './periods'

describe('call statistics periods', () => {
  it('gives the week from Monday to Sunday and whole months', () => {
    const sunday = new Date(2026, 10, 29, 15) // Sunday 29 November 2026
    expect(presetRange('week', sunday)).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(presetRange('today', sunday)).toEqual({ from: '2026-11-29', to: '2026-11-29' })
    expect(presetRange('month', sunday)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(presetRange('lastMonth', new Date(2026, 0, 10))).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(presetRange('week', new Date(2026, 11, 31))).toEqual({ from: '2026-12-28', to: '2027-01-03' })
  })

  it('writes talk time as minutes and seconds, hours when there are some', () => {
    expect(duration(0)).toBe('0:00')
    expect(duration(75)).toBe('1:15')
    expect(duration(3600 + 62)).toBe('1:01:02')
  })
})
