import { describe, expect, it } from 'vitest'
import type { CustomSchema } from '../customSchema'
import { DRAFT_2020_12 } from '../customSchema'
import { defineField } from '../defineField'
import type { FieldType } from '../fieldTypes'
import { classifyChanges, touchesData } from './classifyChanges'
import { convertValue } from './convertValue'

const options = [
  { value: 'vip', label: { zh: '重要', en: 'Key' } },
  { value: 'std', label: { zh: '普通', en: 'Standard' } },
]
const of = (type: FieldType, extra = {}) => defineField(type, { options, scale: 2, ...extra })

describe('converting a stored value to a field’s new definition', () => {
  it.each([
    ['text → integer', 'text', 'integer', ' 1,200 ', 1200],
    ['text → integer (x.0)', 'text', 'integer', '42.0', 42],
    ['text → integer, negative', 'text', 'integer', '-7', -7],
    ['text → decimal, exact', 'text', 'decimal', '¥1,234.50', '1234.5'],
    ['integer → decimal', 'integer', 'decimal', 12, '12'],
    ['decimal → integer, whole', 'decimal', 'integer', '300.00', 300],
    ['text → date (ISO)', 'text', 'date', '2026-11-27', '2026-11-27'],
    ['text → date (slashes)', 'text', 'date', '2026/1/5', '2026-01-05'],
    ['text → date (Chinese)', 'text', 'date', '2026年11月27日', '2026-11-27'],
    ['date → dateTime', 'date', 'dateTime', '2026-11-27', '2026-11-27T00:00:00Z'],
    ['text → boolean (是)', 'text', 'boolean', '是', true],
    ['text → boolean (No)', 'text', 'boolean', 'No', false],
    ['text → select by label', 'text', 'select', '重要', 'vip'],
    ['text → select by English label', 'text', 'select', 'standard', 'std'],
    ['select → multiSelect', 'select', 'multiSelect', 'vip', ['vip']],
    ['text → multiSelect, listed', 'text', 'multiSelect', '重要、普通', ['vip', 'std']],
    ['multiSelect of one → select', 'multiSelect', 'select', ['std'], 'std'],
    ['integer → text', 'integer', 'text', 9, '9'],
    ['boolean → text', 'boolean', 'text', true, 'true'],
  ] as [string, FieldType, FieldType, unknown, unknown][])('%s', (_, from, to, value, expected) => {
    const result = convertValue(value, of(from), of(to))
    expect(result).toEqual({ ok: true, value: expected, changed: JSON.stringify(expected) !== JSON.stringify(value) })
  })

  it.each([
    ['text → integer, words', 'text', 'integer', 'about ten', 'not a whole number'],
    ['text → integer, fraction', 'text', 'integer', '2.5', 'not a whole number'],
    ['text → date, impossible day', 'text', 'date', '2026-02-30', 'not a date'],
    ['text → boolean, maybe', 'text', 'boolean', 'maybe', 'not yes or no'],
    ['text → select, unknown', 'text', 'select', 'gold', 'not one of the options'],
    ['multiSelect of two → select', 'multiSelect', 'select', ['vip', 'std'], 'more than one option chosen'],
    ['address → integer', 'address', 'integer', { city: '上海' }, 'not a number'],
  ] as [string, FieldType, FieldType, unknown, string][])('refuses %s, saying why', (_, from, to, value, reason) => {
    expect(convertValue(value, of(from), of(to))).toEqual({ ok: false, reason })
  })

  it('checks the new constraints as a write would: a tighter length, a decimal with too many places', () => {
    expect(convertValue('abcdef', of('text'), of('text', { maxLength: 3 }))).toEqual({
      ok: false,
      reason: 'At most 3 characters.',
    })
    expect(convertValue('1.234', of('text'), of('decimal'))).toEqual({ ok: false, reason: 'At most 2 decimal places.' })
    expect(convertValue('abc', of('text'), of('text', { maxLength: 3 }))).toEqual({ ok: true, value: 'abc', changed: false })
    expect(convertValue(null, of('text'), of('integer'))).toEqual({ ok: true, value: null, changed: false })
  })
})

const schema = (properties: CustomSchema['properties'], required: string[] = []): CustomSchema => ({
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties,
  required,
})

describe('classifying a draft’s changes', () => {
  it('finds type changes, constraints, removals and new required fields; labels and rules do not count', () => {
    const published = schema({
      a: of('text'),
      b: of('text', { maxLength: 50 }),
      c: of('select'),
      d: of('text'),
      e: of('integer'),
    })
    const draft = schema(
      {
        a: of('integer'),
        b: of('text', { maxLength: 10 }),
        c: { ...of('select'), enum: ['vip'], 'x-options': [options[0]] },
        d: { ...of('text'), 'x-removed': true },
        e: { ...of('integer'), 'x-label': { zh: '员工数' }, 'x-visibleWhen': 'custom.a > 1' },
        f: of('date'),
        g: of('text'),
      },
      ['g', 'e'],
    )
    const changes = classifyChanges(published, draft)
    expect(changes).toEqual([
      { key: 'a', kind: 'typeChanged', from: 'text', to: 'integer' },
      { key: 'b', kind: 'constrained', keywords: ['maxLength'] },
      { key: 'c', kind: 'constrained', keywords: ['enum'] },
      { key: 'd', kind: 'removed' },
      { key: 'e', kind: 'madeRequired' },
      { key: 'f', kind: 'added', required: false },
      { key: 'g', kind: 'added', required: true },
    ])
    expect(changes.filter(touchesData).map((c) => c.key)).toEqual(['a', 'b', 'c', 'e', 'g'])
    expect(classifyChanges(published, published)).toEqual([])
  })
})
