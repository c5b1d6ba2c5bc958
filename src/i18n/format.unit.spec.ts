import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatMoney, formatNumber } from './format'

describe('formatting for the language', () => {
  it.each([
    ['zh', '1234567.5', 'CNY', '¥1,234,567.50'],
    ['en', '1234567.5', 'CNY', 'CN¥1,234,567.50'],
    ['en', '99.99', 'USD', 'US$99.99'],
    ['zh', '-12.3', 'CNY', '-¥12.30'],
  ] as const)('%s money %s %s → %s', (lang, amount, currency, expected) => {
    expect(formatMoney(amount, currency, lang)).toBe(expected)
  })

  it('formats huge amounts exactly and rounds half-up, where a float could not', () => {
    expect(formatMoney('12345678901234567.89', 'CNY', 'zh')).toBe('¥12,345,678,901,234,567.89')
    expect(formatMoney('1.005', 'CNY', 'zh')).toBe('¥1.01')
    expect((1.005).toFixed(2)).toBe('1.00') // the float trap the strings avoid
  })

  it('refuses what is not a decimal rather than printing NaN', () => {
    expect(() => formatMoney('12,5', 'CNY', 'zh')).toThrow(/not a decimal/)
  })

  it('numbers and dates follow the language and the tenant time zone', () => {
    expect(formatNumber('1234567.125', 'zh')).toBe('1,234,567.125')
    expect(formatDate('2026-11-27T20:00:00Z', 'zh')).toBe('2026年11月28日')
    expect(formatDate('2026-11-27T20:00:00Z', 'en', 'Europe/London')).toBe('27 Nov 2026')
    expect(formatDateTime('2026-11-27T20:00:00Z', 'en')).toBe('28 Nov 2026, 04:00')
  })
})
