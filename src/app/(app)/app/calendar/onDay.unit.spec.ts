import { describe, expect, it } from 'vitest'
import { onDay } from './onDay'
import type { CalendarEvent } from './types'

const event = (startAt: string, endAt: string | null, allDay = false): CalendarEvent => ({
  id: 1,
  subject: 's',
  type: 'meeting',
  status: 'planned',
  startAt,
  endAt,
  allDay,
  owner: 1,
  remindMinutesBefore: null,
  updatedAt: startAt,
})

describe('onDay', () => {
  it('shows an all-day event on its days only (the end is exclusive)', () => {
    const e = event('2026-03-03T16:00:00.000Z', '2026-03-05T16:00:00.000Z', true)
    expect(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((d) => onDay(e, d, 'Asia/Shanghai'))).toEqual([
      false,
      true,
      true,
      false,
    ])
  })

  it('shows a timed event on every day it touches, but not on the day its end is midnight of', () => {
    const overnight = event('2026-03-04T22:00:00.000Z', '2026-03-05T02:00:00.000Z')
    expect(onDay(overnight, '2026-03-05', 'UTC')).toBe(true)
    const toMidnight = event('2026-03-04T22:00:00.000Z', '2026-03-05T00:00:00.000Z')
    expect(onDay(toMidnight, '2026-03-05', 'UTC')).toBe(false)
    expect(onDay(event('2026-03-04T09:00:00.000Z', null), '2026-03-04', 'UTC')).toBe(true)
  })
})
