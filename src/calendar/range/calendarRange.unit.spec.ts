import { describe, expect, it } from 'vitest'
import { calendarRange, startOfWeek, stepAnchor, weekStartFor } from './calendarRange'
import { dayOf, isDayKey, minutesOfDay, zonedInstant } from './zonedTime'

describe('calendarRange', () => {
  it('a day in Shanghai runs from 16:00 UTC the day before', () => {
    const r = calendarRange('day', '2026-03-04', 'Asia/Shanghai', 1)
    expect(r.days).toEqual(['2026-03-04'])
    expect(r.from.toISOString()).toBe('2026-03-03T16:00:00.000Z')
    expect(r.to.toISOString()).toBe('2026-03-04T16:00:00.000Z')
  })

  it.each([
    // 2026-03-04 is a Wednesday.
    [1, '2026-03-02', '2026-03-08'],
    [0, '2026-03-01', '2026-03-07'],
  ] as const)('a week starting on day %i holds the anchor', (weekStart, first, last) => {
    const r = calendarRange('week', '2026-03-04', 'UTC', weekStart)
    expect(r.days).toHaveLength(7)
    expect(r.days[0]).toBe(first)
    expect(r.days[6]).toBe(last)
    expect(r.from.toISOString()).toBe(`${first}T00:00:00.000Z`)
  })

  it('a Sunday belongs to the week before when weeks start on Monday', () => {
    expect(startOfWeek('2026-03-08', 1)).toBe('2026-03-02')
    expect(startOfWeek('2026-03-08', 0)).toBe('2026-03-08')
  })

  it.each([
    // March 2026 starts on a Sunday and ends on a Tuesday.
    [1, '2026-02-23', '2026-04-05', 42],
    [0, '2026-03-01', '2026-04-04', 35],
  ] as const)('a month is drawn in whole weeks (week start %i)', (weekStart, first, last, count) => {
    const r = calendarRange('month', '2026-03-17', 'UTC', weekStart)
    expect(r.days[0]).toBe(first)
    expect(r.days.at(-1)).toBe(last)
    expect(r.days).toHaveLength(count)
  })

  it('February of a leap year and a December end in the right month', () => {
    expect(calendarRange('month', '2028-02-10', 'UTC', 1).days).toContain('2028-02-29')
    expect(calendarRange('month', '2026-12-31', 'UTC', 1).days.at(-1)).toBe('2027-01-03')
  })

  it('a day across a daylight-saving change is 23 or 25 hours long', () => {
    const spring = calendarRange('day', '2026-03-08', 'America/New_York', 0)
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * 3_600_000)
    const fall = calendarRange('day', '2026-11-01', 'America/New_York', 0)
    expect(fall.to.getTime() - fall.from.getTime()).toBe(25 * 3_600_000)
  })

  it('weeks start on Monday in Chinese and Sunday in English', () => {
    expect(weekStartFor('zh')).toBe(1)
    expect(weekStartFor('en')).toBe(0)
  })

  it.each([
    ['day', '2026-03-31', 1, '2026-04-01'],
    ['week', '2026-03-31', -1, '2026-03-24'],
    ['month', '2026-01-31', 1, '2026-02-01'],
    ['month', '2026-01-15', -1, '2025-12-01'],
  ] as const)('stepping a %s from %s by %i lands on %s', (view, anchor, dir, expected) => {
    expect(stepAnchor(view, anchor, dir)).toBe(expected)
  })
})

describe('zoned time', () => {
  it('converts wall clock to instants and back', () => {
    const t = zonedInstant('2026-03-04', 9 * 60 + 30, 'Asia/Shanghai')
    expect(t.toISOString()).toBe('2026-03-04T01:30:00.000Z')
    expect(dayOf(t, 'Asia/Shanghai')).toBe('2026-03-04')
    expect(minutesOfDay(t, 'Asia/Shanghai')).toBe(570)
    expect(dayOf(new Date('2026-03-03T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-04')
  })

  it('recognises only real days', () => {
    expect(isDayKey('2026-02-28')).toBe(true)
    expect(isDayKey('2026-02-30')).toBe(false)
    expect(isDayKey('2026-2-3')).toBe(false)
  })
})
