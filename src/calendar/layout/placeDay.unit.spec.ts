import { describe, expect, it } from 'vitest'
import { placeDay } from './placeDay'

const ev = (id: string, start: string, end: string | null) => ({
  id,
  startAt: `2026-03-04T${start}:00.000Z`,
  endAt: end ? (end.includes('T') ? end : `2026-03-04T${end}:00.000Z`) : null,
})

describe('placeDay', () => {
  it('puts lone events in one lane at their minutes from midnight', () => {
    const [p] = placeDay([ev('a', '09:00', '10:30')], '2026-03-04', 'UTC')
    expect(p).toMatchObject({ top: 540, height: 90, lane: 0, lanes: 1 })
  })

  it('places overlapping events side by side and reuses a lane once it is free', () => {
    const placed = placeDay(
      [ev('a', '09:00', '11:00'), ev('b', '09:30', '10:00'), ev('c', '10:00', '10:30'), ev('d', '12:00', '13:00')],
      '2026-03-04',
      'UTC',
    )
    const by = Object.fromEntries(placed.map((p) => [p.item.id, p]))
    expect([by.a.lane, by.b.lane, by.c.lane]).toEqual([0, 1, 1])
    expect([by.a.lanes, by.b.lanes, by.c.lanes]).toEqual([2, 2, 2])
    expect(by.d).toMatchObject({ lane: 0, lanes: 1 })
  })

  it('clips an event running past midnight to the day and skips other days’ events', () => {
    const placed = placeDay([ev('late', '23:00', '2026-03-05T02:00:00.000Z'), ev('a', '09:00', '10:00')], '2026-03-05', 'UTC')
    expect(placed).toHaveLength(1)
    expect(placed[0]).toMatchObject({ top: 0, height: 120 })
  })

  it('uses the time zone’s midnight and a minimum height for short or open events', () => {
    const [p] = placeDay([ev('call', '01:00', null)], '2026-03-04', 'Asia/Shanghai')
    expect(p).toMatchObject({ top: 540, height: 30 })
    const [short] = placeDay([ev('s', '09:00', '09:05')], '2026-03-04', 'UTC')
    expect(short.height).toBe(20)
  })
})
