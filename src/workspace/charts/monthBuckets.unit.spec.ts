import { describe, expect, it } from 'vitest'
import { endOfDay, monthBuckets } from './monthBuckets'

describe('monthBuckets', () => {
  it('counts months in the tenant’s zone: 00:30 on 1 December in Shanghai is December', () => {
    const now = new Date('2026-11-30T16:30:00Z') // 2026-12-01 00:30 in Shanghai
    const buckets = monthBuckets(now, 'Asia/Shanghai', 3)
    expect(buckets.map((b) => b.key)).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(buckets[2].from.toISOString()).toBe('2026-11-30T16:00:00.000Z')
    expect(buckets[1].to.toISOString()).toBe(buckets[2].from.toISOString())
  })

  it('crosses a year and follows daylight saving time', () => {
    const buckets = monthBuckets(new Date('2026-04-15T12:00:00Z'), 'Europe/Berlin', 6)
    expect(buckets.map((b) => b.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04'])
    // Winter: midnight is 23:00 UTC the day before; summer: 22:00.
    expect(buckets[4].from.toISOString()).toBe('2026-02-28T23:00:00.000Z')
    expect(buckets[5].from.toISOString()).toBe('2026-03-31T22:00:00.000Z')
  })

  it('falls back to Shanghai for an unknown zone', () => {
    expect(monthBuckets(new Date('2026-01-10T00:00:00Z'), 'Mars/Olympus', 1)[0].from.toISOString()).toBe(
      '2025-12-31T16:00:00.000Z',
    )
  })
})

describe('endOfDay', () => {
  it('is the next local midnight, across a month end', () => {
    expect(endOfDay(new Date('2026-11-30T15:59:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-11-30T16:00:00.000Z')
    expect(endOfDay(new Date('2026-11-30T16:00:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-12-01T16:00:00.000Z')
  })
})
