import { describe, expect, it } from 'vitest'
import { checkRule, compute, fieldsReferenced, holds, parseRule, RuleSyntaxError } from '.'

const record = {
  type: 'repair',
  priority: 'high',
  amount: '1500.00',
  quantity: 9,
  discount: 10,
  closed: false,
  subject: '打印机卡纸',
  tags: ['vip', '华东'],
  requestedAt: '2026-11-27T08:30:00.000Z',
  dueOn: '2026-12-01',
  owner: null,
  custom: { tier: 'A', score: '10', region: { city: '上海' } },
  items: [
    { quantity: '2', unitPrice: '19.99' },
    { quantity: '1.5', unitPrice: '0.10' },
  ],
}

describe('conditions hold as users mean them', () => {
  it.each([
    ["type == 'repair'", true],
    ["type != 'repair'", false],
    ["type == 'repair' && priority in ['high', 'urgent']", true],
    ["type == 'inquiry' || priority == 'high'", true],
    ["type == 'inquiry' or priority == 'high' and closed", false],
    ['!closed', true],
    ['not closed', true],
    ["priority not in ['low']", true],
    ['amount > 1000', true], // money arrives as a decimal string
    ['amount >= 1500', true],
    ['amount < 1500.01', true],
    ['quantity < 10', true], // 9 against 10: numbers, not text
    ["custom.score > '9'", true], // numeric text on both sides compares as numbers
    ["custom.tier == 'A'", true],
    ["custom.region.city == '上海'", true],
    ["subject contains '卡纸'", true],
    ["tags contains 'vip'", true],
    ["tags contains 'svip'", false],
    ["requestedAt > '2026-11-27'", true], // dates compare as instants
    ["requestedAt < '2026-11-27T09:00:00+08:00'", false], // 09:00 in Shanghai is 01:00 UTC
    ["dueOn == '2026-12-01T00:00:00Z'", true],
    ['owner == null', true],
    ['isEmpty(owner)', true],
    ['owner > 3', false], // null orders with nothing
    ['missing == null', true],
    ['missing.deeper == null', true],
    ['0.1 + 0.2 == 0.3', true], // exact decimals
    ['-amount < 0', true],
    ['(1 + 2) * 3 == 9', true],
    ['1 + 2 * 3 == 7', true],
    ['len(tags) == 2', true],
    ["len('打印机') == 3", true],
    ['constructor == null', true], // never the prototype
    ['__proto__ == null', true],
    ['custom.constructor == null', true],
    ['toString == null', true],
  ])('%s → %s', (rule, expected) => {
    expect(holds(parseRule(rule), record)).toBe(expected)
  })
})

describe('formulas compute exactly', () => {
  const now = new Date('2026-11-27T12:00:00Z')
  it.each([
    ['amount * (1 - discount / 100)', '1350'],
    ['round(amount / 3, 2)', '500'],
    ['round(10 / 3, 2)', '3.33'],
    ['round(2.345, 2)', '2.35'], // half-up
    ['sum(items.quantity)', '3.5'],
    ['max(items.unitPrice)', '19.99'],
    ['min(items.unitPrice)', '0.1'],
    ['count(items)', '2'],
    ["concat(custom.tier, '-', quantity)", 'A-9'],
    ["if(amount > 1000, '大客户', '普通')", '大客户'],
    ['1 / 0', null],
    ['amount + missing', null],
    ["upper('vip')", 'VIP'],
    ['today()', '2026-11-27'],
    ['daysBetween(today(), dueOn)', '4'],
    ['year(requestedAt) * 100 + month(requestedAt)', '202611'],
  ])('%s = %s', (formula, expected) => {
    expect(compute(parseRule(formula), record, now)).toBe(expected)
  })
})

describe('bad rules are reported with their column', () => {
  it.each([
    ["type == 'repair", 9, 'Unterminated string'],
    ['type ==', 8, 'ends too early'],
    ['type == 1 2', 11, 'after the rule'],
    ['(type == 1', 11, 'Expected ")"'],
    ['type # 1', 6, 'Unexpected character'],
    ['custom.', 8, 'Expected a field name'],
  ])('%s → column %i', (rule, column, text) => {
    try {
      parseRule(rule)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSyntaxError)
      expect((error as RuleSyntaxError).column).toBe(column)
      expect((error as Error).message).toContain(text)
    }
  })

  it('refuses rules nested or written too long to be reasonable', () => {
    expect(() => parseRule(`${'('.repeat(200)}1${')'.repeat(200)}`)).toThrow(/nested too deeply/)
    expect(() => parseRule(`${'!'.repeat(500)}x`)).toThrow(/nested too deeply/)
    expect(() => parseRule(`x == '${'a'.repeat(3000)}'`)).toThrow(/at most 2000/)
  })

  const known = (path: string) => ['type', 'priority', 'amount', 'custom.tier'].includes(path)
  it.each([
    ["tpye == 'repair'", 'Unknown field "tpye"', 1],
    ["custom.tire == 'A'", 'Unknown field "custom.tire"', 1],
    ['amount > avg(1)', 'Unknown function "avg"', 10],
    ['round(amount, 2, 3) > 1', 'round() takes 1 to 2 arguments', 1],
    ['type == isEmpty()', 'isEmpty() takes 1 argument', 9],
  ])('checkRule(%s) → %s', (rule, text, column) => {
    const result = checkRule(rule, known)
    expect(result).toMatchObject({ problem: { column } })
    expect('problem' in result && result.problem.message).toContain(text)
  })

  it('accepts a correct rule and lists the fields it reads', () => {
    const result = checkRule("type == 'repair' && custom.tier in ['A', 'B'] || amount > 100", known)
    expect('node' in result).toBe(true)
    if ('node' in result) expect(fieldsReferenced(result.node).sort()).toEqual(['amount', 'custom.tier', 'type'])
  })
})
