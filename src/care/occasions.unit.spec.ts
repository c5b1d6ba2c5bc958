import { describe, expect, it } from 'vitest'
import { addDays } from '../calendar/range/zonedTime'
import { monthDaysOn } from './occasions'

describe('care occasions', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-11-29', 3)).toBe('2026-12-02')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })

  it('greets leap-day birthdays on 28 February of other years only', () => {
    expect(monthDaysOn('2027-02-28')).toEqual(['02-28', '02-29'])
    expect(monthDaysOn('2028-02-28')).toEqual(['02-28'])
    expect(monthDaysOn('2028-02-29')).toEqual(['02-29'])
    expect(monthDaysOn('2026-11-29')).toEqual(['11-29'])
  })
})
