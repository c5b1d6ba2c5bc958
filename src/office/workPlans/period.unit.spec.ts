import { describe, expect, it } from 'vitest'
import { dayOf } from '../../calendar/range/zonedTime'
import { periodDays, periodKey } from './period'

describe('plan periods', () => {
  it('numbers ISO weeks: Monday starts them, the Thursday decides the year', () => {
    expect(periodKey('2026-11-23', 'week')).toBe('2026-W48') // a Monday
    expect(periodKey('2026-11-29', 'week')).toBe('2026-W48') // its Sunday
    expect(periodKey('2026-11-30', 'week')).toBe('2026-W49')
    expect(periodKey('2021-01-03', 'week')).toBe('2020-W53') // a Sunday still in 2020's last week
    expect(periodKey('2024-12-30', 'week')).toBe('2025-W01') // a Monday already in 2025's first week
    expect(periodKey('2026-01-01', 'week')).toBe('2026-W01')
  })

  it('names months, and every day of a period maps back into it', () => {
    expect(periodKey('2026-02-28', 'month')).toBe('2026-02')
    for (const key of ['2026-W48', '2020-W53', '2025-W01', '2026-02', '2024-02']) {
      const { first, last } = periodDays(key)
      const period = key.includes('W') ? 'week' : 'month'
      expect(periodKey(first, period)).toBe(key)
      expect(periodKey(last, period)).toBe(key)
      const before = new Date(`${first}T00:00:00Z`)
      before.setUTCDate(before.getUTCDate() - 1)
      expect(periodKey(before.toISOString().slice(0, 10), period)).not.toBe(key)
    }
    expect(periodDays('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' })
    expect(periodDays('2026-W48')).toEqual({ first: '2026-11-23', last: '2026-11-29' })
  })

  it("takes the day in the company's time zone, not the server's", () => {
    // Monday 00:30 in Shanghai is still Sunday in UTC.
    expect(dayOf(new Date('2026-11-29T16:30:00.000Z'), 'Asia/Shanghai')).toBe('2026-11-30')
    expect(dayOf(new Date('2026-11-29T16:30:00.000Z'), 'UTC')).toBe('2026-11-29')
  })
})
