import { describe, expect, it } from 'vitest'
import { defineField } from '../customFields/defineField'
import { coerceBaseValue, coerceCustomValue } from './fixedValues'

const select = { name: 'status', type: 'select', label: {}, options: [{ value: 'new', label: {} }] }

describe('fixed values', () => {
  it.each([
    [{ name: 'source', type: 'text', label: {} }, ' web form ', { value: ' web form ' }],
    [select, 'new', { value: 'new' }],
    [select, 'old', { problem: 'notAnOption', vars: { value: 'old' } }],
    [{ name: 'n', type: 'number', label: {} }, '12.5', { value: 12.5 }],
    [{ name: 'n', type: 'number', label: {} }, 'twelve', { problem: 'notANumber', vars: { value: 'twelve' } }],
    [{ name: 'flag', type: 'checkbox', label: {} }, '是', { value: true }],
    [{ name: 'flag', type: 'checkbox', label: {} }, 'maybe', { problem: 'notYesNo' }],
    [{ name: 'account', type: 'relationship', label: {}, relationTo: 'accounts' }, '42', { value: 42 }],
    [{ name: 'tags', type: 'text', label: {}, hasMany: true }, '["a","b"]', { value: ['a', 'b'] }],
    [{ name: 'tags', type: 'text', label: {}, hasMany: true }, 'a,b', { problem: 'notJson' }],
  ])('base field %j: %j → %j', (field, raw, expected) => {
    expect(coerceBaseValue(field, raw, 'number')).toEqual(expected)
  })

  it('keeps relation ids as text on MongoDB', () => {
    expect(coerceBaseValue({ name: 'account', type: 'relationship', label: {}, relationTo: 'accounts' }, 'ab12', 'text')).toEqual(
      {
        value: 'ab12',
      },
    )
  })

  it.each([
    ['boolean', 'false', { value: false }],
    ['integer', '3', { value: 3 }],
    ['rating', 'x', { problem: 'notANumber', vars: { value: 'x' } }],
    ['multiSelect', '["a"]', { value: ['a'] }],
    ['decimal', '19.90', { value: '19.90' }],
    ['text', '官网', { value: '官网' }],
    ['lookup', '7', { value: 7 }],
  ] as const)('custom %s: %j → %j', (type, raw, expected) => {
    expect(coerceCustomValue(defineField(type), raw, 'number')).toEqual(expected)
  })
})
