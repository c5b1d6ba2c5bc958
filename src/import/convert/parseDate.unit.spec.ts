import { describe, expect, it } from 'vitest'
import { parseDate, parseDateTime } from './parseDate'
import { parseNumber } from './parseNumber'

describe('parseDate', () => {
  it.each([
    ['2026-11-27', 'ymd', '2026-11-27'],
    ['2026/11/27', 'dmy', '2026-11-27'],
    ['2026.1.5', 'ymd', '2026-01-05'],
    ['2026年11月27日', 'ymd', '2026-11-27'],
    ['2026-11-27T10:00:00Z', 'ymd', '2026-11-27'],
    ['27-11-2026', 'dmy', '2026-11-27'],
    ['11/27/2026', 'mdy', '2026-11-27'],
    ['03/04/2026', 'dmy', '2026-04-03'],
    ['03/04/2026', 'mdy', '2026-03-04'],
    ['27-11-2026', 'ymd', null],
    ['27-11-2026', 'mdy', null],
    ['2026-02-30', 'ymd', null],
    ['tomorrow', 'ymd', null],
  ] as const)('%s read as %s is %s', (raw, order, expected) => {
    expect(parseDate(raw, order)).toBe(expected)
  })

  it('reads a date and time, UTC unless a zone is given', () => {
    expect(parseDateTime('2026/11/27 09:30', 'ymd')).toBe('2026-11-27T09:30:00.000Z')
    expect(parseDateTime('27-11-2026', 'dmy')).toBe('2026-11-27T00:00:00.000Z')
    expect(parseDateTime('2026-11-27T09:30:00+08:00', 'ymd')).toBe('2026-11-27T01:30:00.000Z')
  })
})

describe('parseNumber', () => {
  it.each([
    ['1,234,567.89', '1234567.89'],
    ['1 234', '1234'],
    ['¥12.50', '12.50'],
    ['１２３', '123'],
    ['-0.5', '-0.5'],
    ['.5', '0.5'],
    ['12,34', null],
    ['1.2.3', null],
    ['abc', null],
    ['', null],
  ])('%s is %s', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected)
  })
})
