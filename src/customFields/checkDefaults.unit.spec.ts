import { describe, expect, it } from 'vitest'
import { defaultProblem, defaultProblems } from './checkDefaults'
import { type CustomSchema, DRAFT_2020_12 } from './customSchema'
import { defineField } from './defineField'

describe('defaults are checked like any value of their field', () => {
  it.each([
    [{ ...defineField('text', { pattern: '^[A-Z]+$' }), default: 'abc' }, 'Not in the expected format.'],
    [{ ...defineField('text', { pattern: '^[A-Z]+$' }), default: 'ABC' }, null],
    [{ ...defineField('percent', { maximum: '100' }), default: '100.5' }, 'At most 100.'],
    [{ ...defineField('multiSelect', { options: [{ value: 'x', label: {} }] }), default: ['y'] }, 'Not one of the options.'],
    [{ ...defineField('boolean'), default: 'yes' }, 'Must be yes or no.'],
    [{ ...defineField('email'), default: 'nobody' }, 'Not an email address.'],
    [{ ...defineField('formula', { formula: '1' }), default: 1 }, 'A computed field (formula, auto number) takes no default.'],
    [defineField('text'), null],
  ])('%j → %s', (field, message) => {
    expect(defaultProblem('f', field, 'en')).toBe(message)
  })

  it('leaves the default itself as it was (no normalization in place)', () => {
    const field = { ...defineField('decimal'), default: 12.5 }
    defaultProblem('f', field, 'en')
    expect(field.default).toBe(12.5)
  })

  it('lists each refused default with a pointer to it; removed fields are not checked', () => {
    const schema: CustomSchema = {
      $schema: DRAFT_2020_12,
      type: 'object',
      additionalProperties: false,
      properties: {
        ok: { ...defineField('integer'), default: 1 },
        big: { ...defineField('rating'), default: 9 },
        gone: { ...defineField('rating'), default: 9, 'x-removed': true },
      },
    }
    expect(defaultProblems(schema, 'zh')).toEqual([{ pointer: '/properties/big/default', message: '不能大于 5。' }])
  })
})
