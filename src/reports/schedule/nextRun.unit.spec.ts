import { describe, expect, it } from 'vitest'
import { nextRunAfter } from './nextRun'

// Shanghai is UTC+8: 07:00 local is 23:00 UTC the day before.
describe('nextRunAfter (Asia/Shanghai)', () => {
  it.each([
    ['daily', '2026-11-20T08:00:00Z', '2026-11-20T23:00:00.000Z'],
    ['daily', '2026-11-20T22:59:00Z', '2026-11-20T23:00:00.000Z'],
    ['daily', '2026-11-20T23:00:00Z', '2026-11-21T23:00:00.000Z'],
    // Friday 20 November → Monday 23 November 07:00 local.
    ['weekly', '2026-11-20T08:00:00Z', '2026-11-22T23:00:00.000Z'],
    // Monday 23 November 08:00 local, after the hour → the next Monday.
    ['weekly', '2026-11-23T00:00:00Z', '2026-11-29T23:00:00.000Z'],
    ['monthly', '2026-11-20T08:00:00Z', '2026-11-30T23:00:00.000Z'],
    // 1 January 00:30 local (still 31 December in UTC) → 07:00 the same local day.
    ['monthly', '2026-12-31T16:30:00Z', '2026-12-31T23:00:00.000Z'],
    ['monthly', '2026-12-31T23:00:00Z', '2027-01-31T23:00:00.000Z'],
  ] as const)('%s after %s is %s', (frequency, after, due) => {
    expect(nextRunAfter(frequency, new Date(after), 'Asia/Shanghai').toISOString()).toBe(due)
  })
})
