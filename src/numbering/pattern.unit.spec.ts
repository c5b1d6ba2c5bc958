import { describe, expect, it } from 'vitest'
import { formatNumber, PatternError, parsePattern, patternProblem } from './pattern'
import { datePartsIn, periodKey } from './period'
import { counterKey, numberFor, type SequenceRules } from './sequenceRules'

const nov28 = { year: 2026, month: 11, day: 28 }
const format = (pattern: string, seq = 7, extra: Partial<Parameters<typeof formatNumber>[1]> = {}) =>
  formatNumber(parsePattern(pattern), { date: nov28, seq, defaultWidth: 4, ...extra })

describe('tokens', () => {
  it.each([
    ['{YYYY}/{SEQ:1}', '2026/7'],
    ['{YY}/{SEQ:1}', '26/7'],
    ['{MM}/{SEQ:1}', '11/7'],
    ['{DD}/{SEQ:1}', '28/7'],
    ['{SEQ}', '0007'],
    ['{SEQ:1}', '7'],
    ['{SEQ:6}', '000007'],
    ['QT-{YYYY}{MM}-{SEQ:4}', 'QT-202611-0007'],
    ['INV{YY}{MM}{DD}{SEQ:3}', 'INV261128007'],
    ['报价-{YYYY}年{MM}月-{SEQ:3}', '报价-2026年11月-007'],
  ])('%s → %s', (pattern, expected) => {
    expect(format(pattern)).toBe(expected)
  })

  it('pads single-digit months and days, and years before 1000', () => {
    expect(
      formatNumber(parsePattern('{YYYY}{MM}{DD}-{YY}-{SEQ}'), { date: { year: 987, month: 3, day: 5 }, seq: 1, defaultWidth: 2 }),
    ).toBe('09870305-87-01')
  })

  it('a bare {SEQ} takes the sequence’s padding', () => {
    expect(format('{SEQ}', 42, { defaultWidth: 6 })).toBe('000042')
  })

  it('a counter wider than its padding is printed whole, never cut', () => {
    expect(format('{SEQ:3}', 999)).toBe('999')
    expect(format('{SEQ:3}', 1000)).toBe('1000')
    expect(format('X{SEQ:2}Y', 123456)).toBe('X123456Y')
  })

  it('{DEPT} is the department’s code and {field:…} a value of the record', () => {
    const values: Record<string, unknown> = { type: 'repair', account: { id: 12 }, 'custom.region': 'NE', empty: null }
    const fieldValue = (path: string) => values[path]
    expect(format('HT-{DEPT}-{YYYY}-{SEQ:3}', 15, { departmentCode: '销售部' })).toBe('HT-销售部-2026-015')
    expect(format('SR-{field:type}-{field:account}-{field:custom.region}-{SEQ:2}', 3, { fieldValue })).toBe('SR-repair-12-NE-03')
    expect(format('{DEPT}{field:empty}{SEQ:2}', 3, { fieldValue })).toBe('03')
  })
})

describe('invalid patterns are refused, saying why', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['QT-{YYYY', 'unclosedBrace'],
    ['QT-{YY{SEQ}}', 'unclosedBrace'],
    ['QT-}{SEQ}', 'strayBrace'],
    ['QT-{YEAR}-{SEQ}', 'unknownToken'],
    ['QT-{field:}-{SEQ}', 'unknownToken'],
    ['QT-{field:a b}-{SEQ}', 'unknownToken'],
    ['{SEQ:0}', 'badWidth'],
    ['{SEQ:13}', 'badWidth'],
    ['{SEQ:x}', 'badWidth'],
    ['QT-{YYYY}', 'noSequence'],
    ['{SEQ}-{SEQ:2}', 'twoSequences'],
  ])('%j: %s', (pattern, code) => {
    expect(patternProblem(pattern)?.code).toBe(code)
    expect(() => parsePattern(pattern)).toThrow(PatternError)
  })

  it('a valid pattern has no problem', () => {
    expect(patternProblem('PO-{YY}{MM}{DD}-{SEQ:5}')).toBeNull()
  })
})

describe('time zones', () => {
  // 2026-11-30T16:30Z is 00:30 on 1 December in Shanghai, still 30 November in UTC.
  const instant = new Date('2026-11-30T16:30:00Z')

  it('the date is the tenant’s calendar date', () => {
    expect(datePartsIn(instant, 'Asia/Shanghai')).toEqual({ year: 2026, month: 12, day: 1 })
    expect(datePartsIn(instant, 'UTC')).toEqual({ year: 2026, month: 11, day: 30 })
    expect(datePartsIn(new Date('2027-01-01T03:00:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 12, day: 31 })
  })

  it('no or an unknown zone means Asia/Shanghai', () => {
    expect(datePartsIn(instant, null)).toEqual({ year: 2026, month: 12, day: 1 })
    expect(datePartsIn(instant, 'Mars/Olympus')).toEqual({ year: 2026, month: 12, day: 1 })
  })
})

describe('reset policies', () => {
  const at = (iso: string) => datePartsIn(new Date(iso), 'Asia/Shanghai')
  // Instants in UTC; Shanghai is 8 hours ahead.
  const lastOfNovember = at('2026-11-30T15:59:59Z') // 23:59:59 on 30 Nov in Shanghai
  const firstOfDecember = at('2026-11-30T16:00:00Z') // 00:00 on 1 Dec
  const lastOfYear = at('2026-12-31T15:59:59Z') // 23:59:59 on 31 Dec
  const firstOfYear = at('2026-12-31T16:00:00Z') // 00:00 on 1 Jan 2027

  it.each([
    ['never', '', '', '', ''],
    ['yearly', '2026', '2026', '2026', '2027'],
    ['monthly', '2026-11', '2026-12', '2026-12', '2027-01'],
    ['daily', '2026-11-30', '2026-12-01', '2026-12-31', '2027-01-01'],
  ] as const)('%s', (policy, novKey, decKey, endOfYearKey, newYearKey) => {
    expect(periodKey(policy, lastOfNovember)).toBe(novKey)
    expect(periodKey(policy, firstOfDecember)).toBe(decKey)
    expect(periodKey(policy, lastOfYear)).toBe(endOfYearKey)
    expect(periodKey(policy, firstOfYear)).toBe(newYearKey)
  })

  it('monthly: the counter changes with the month, so the sequence starts again at 1', () => {
    const rules: SequenceRules = { pattern: 'QT-{YYYY}{MM}-{SEQ:4}', resetPolicy: 'monthly', dimension: 'none' }
    expect(counterKey(rules, lastOfNovember, {})).not.toEqual(counterKey(rules, firstOfDecember, {}))
    expect(counterKey(rules, firstOfDecember, {})).toEqual(counterKey(rules, at('2026-12-20T05:00:00Z'), {}))
    expect(numberFor(rules, firstOfDecember, 1, {})).toBe('QT-202612-0001')
    expect(numberFor(rules, firstOfYear, 1, {})).toBe('QT-202701-0001')
  })

  it('yearly: December and January of the next year count apart; two months of one year together', () => {
    const rules: SequenceRules = { pattern: 'HT-{YYYY}-{SEQ:3}', resetPolicy: 'yearly', dimension: 'none' }
    expect(counterKey(rules, lastOfNovember, {})).toEqual(counterKey(rules, lastOfYear, {}))
    expect(counterKey(rules, lastOfYear, {})).not.toEqual(counterKey(rules, firstOfYear, {}))
  })

  it('daily: midnight in the tenant’s zone starts a new counter', () => {
    const rules: SequenceRules = { pattern: 'SR{YYYY}{MM}{DD}{SEQ:3}', resetPolicy: 'daily', dimension: 'none' }
    expect(counterKey(rules, at('2026-11-28T15:59:59Z'), {}).periodKey).toBe('2026-11-28')
    expect(counterKey(rules, at('2026-11-28T16:00:00Z'), {}).periodKey).toBe('2026-11-29')
  })
})

describe('dimensions', () => {
  it('per department: each department has its own counter; without one, a shared one', () => {
    const rules: SequenceRules = { pattern: 'HT-{DEPT}-{YYYY}-{SEQ:3}', resetPolicy: 'yearly', dimension: 'department' }
    const sales = counterKey(rules, nov28, { departmentCode: 'SALES' })
    const east = counterKey(rules, nov28, { departmentCode: 'EAST' })
    expect(sales).toEqual({ dimensionKey: 'SALES', periodKey: '2026' })
    expect(east).toEqual({ dimensionKey: 'EAST', periodKey: '2026' })
    expect(counterKey(rules, nov28, {})).toEqual({ dimensionKey: '', periodKey: '2026' })
    expect(numberFor(rules, nov28, 15, { departmentCode: 'SALES' })).toBe('HT-SALES-2026-015')
  })

  it('per field value: a relation counts by its id', () => {
    const rules: SequenceRules = {
      pattern: '{field:type}-{SEQ}',
      resetPolicy: 'never',
      dimension: 'field',
      dimensionField: 'type',
    }
    expect(counterKey(rules, nov28, { fieldValue: () => 'repair' }).dimensionKey).toBe('repair')
    const byAccount = { ...rules, dimensionField: 'account' }
    expect(counterKey(byAccount, nov28, { fieldValue: () => ({ id: 9 }) }).dimensionKey).toBe('9')
    expect(counterKey({ ...rules, dimension: 'none' }, nov28, { fieldValue: () => 'repair' }).dimensionKey).toBe('')
  })
})
