import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import {
  type ConstraintName,
  constraintConflicts,
  constraintProblem,
  constraintsOf,
  constraintText,
  constraintValue,
  type DesignerDoc,
  setConstraint,
} from '.'

const doc: DesignerDoc = Object.freeze({
  publishedKeys: [],
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      code: defineField('text'),
      notes: defineField('longText'),
      visits: defineField('integer'),
      stars: defineField('rating'),
      budget: defineField('currency', { minimum: '0' }),
      tags: defineField('multiSelect', { options: [{ value: 'a', label: { en: 'A' } }] }),
      since: defineField('date'),
    },
    required: ['code'],
  },
  layout: { version: 1, tabs: [] },
  listViews: { version: 1, views: [] },
}) as DesignerDoc

const original = JSON.stringify(doc)
const field = (d: DesignerDoc, key: string) => d.schema.properties[key]

describe('constraints offered per type', () => {
  it.each([
    ['text', ['minLength', 'maxLength', 'pattern']],
    ['longText', ['minLength', 'maxLength']],
    ['integer', ['minimum', 'maximum']],
    ['rating', ['minimum', 'maximum']],
    ['decimal', ['scale', 'minimum', 'maximum']],
    ['currency', ['scale', 'minimum', 'maximum']],
    ['percent', ['scale', 'minimum', 'maximum']],
    ['multiSelect', ['minItems', 'maxItems']],
    ['date', []],
    ['boolean', []],
  ] as const)('%s: %j', (type, names) => {
    expect(constraintsOf(type).map((c) => c.name)).toEqual(names)
  })
})

describe('setConstraint', () => {
  it.each([
    ['code', 'maxLength', 20, { maxLength: 20 }],
    ['code', 'minLength', 2, { minLength: 2 }],
    ['code', 'pattern', '^[A-Z]{2}\\d+$', { pattern: '^[A-Z]{2}\\d+$' }],
    ['notes', 'maxLength', 5000, { maxLength: 5000 }],
    ['visits', 'minimum', -3, { minimum: -3 }],
    ['stars', 'maximum', 10, { maximum: 10 }],
    ['tags', 'maxItems', 3, { maxItems: 3 }],
  ] as const)('%s.%s = %j', (key, name, value, expected) => {
    const next = setConstraint(doc, key, name, value)
    expect(field(next, key)).toMatchObject(expected)
    expect(next.schema.required).toEqual(['code'])
    expect(JSON.stringify(doc)).toBe(original) // never mutated
  })

  it('keeps decimal limits inside x-decimal as exact text, the scale as a whole number', () => {
    const scaled = setConstraint(setConstraint(doc, 'budget', 'scale', 4), 'budget', 'maximum', '99999999.9999')
    expect(field(scaled, 'budget')['x-decimal']).toEqual({ scale: 4, precision: 18, minimum: '0', maximum: '99999999.9999' })
    expect(field(scaled, 'budget')).not.toHaveProperty('maximum')
    const cleared = setConstraint(scaled, 'budget', 'minimum', undefined)
    expect(field(cleared, 'budget')['x-decimal']).toEqual({ scale: 4, precision: 18, maximum: '99999999.9999' })
  })

  it('clearing a limit the field always has resets it; clearing an optional one removes it', () => {
    const long = setConstraint(doc, 'code', 'maxLength', 30)
    expect(field(setConstraint(long, 'code', 'maxLength', undefined), 'code').maxLength).toBe(255)
    expect(field(setConstraint(doc, 'stars', 'maximum', undefined), 'stars').maximum).toBe(5)
    expect(field(setConstraint(doc, 'budget', 'scale', undefined), 'budget')['x-decimal']).toMatchObject({ scale: 2 })
    const patterned = setConstraint(doc, 'code', 'pattern', '^a')
    expect(field(setConstraint(patterned, 'code', 'pattern', undefined), 'code')).not.toHaveProperty('pattern')
  })

  it.each([
    ['a limit the type does not take', 'since', 'maxLength', 3],
    ['a pattern on a long text', 'notes', 'pattern', 'a'],
    ['a length above the engine limit', 'code', 'maxLength', 256],
    ['a negative length', 'code', 'minLength', -1],
    ['a fraction for a whole-number limit', 'visits', 'maximum', 1.5],
    ['a number for a decimal limit', 'budget', 'maximum', 10],
    ['a text that is not a decimal', 'budget', 'maximum', '1e3'],
    ['eleven decimal places', 'budget', 'scale', 11],
    ['a pattern that does not compile', 'code', 'pattern', '[a-'],
    ['a rating of a hundred stars', 'stars', 'maximum', 100],
    ['a missing field', 'nope', 'maxLength', 3],
    ['the value it already has', 'code', 'maxLength', 255],
  ] as const)('refuses %s (same document back)', (_, key, name, value) => {
    expect(setConstraint(doc, key, name as ConstraintName, value)).toBe(doc)
  })
})

describe('what the panel shows while typing', () => {
  const [minLength, , pattern] = constraintsOf('text')
  const [, decimalMin] = constraintsOf('decimal')
  it.each([
    [minLength, '', null],
    [minLength, '12', null],
    [minLength, '1.5', { problem: 'notAnInteger' }],
    [minLength, '999', { problem: 'outOfRange', min: 0, max: 255 }],
    [decimalMin, '-12.50', null],
    [decimalMin, '12.', { problem: 'notADecimal' }],
    [pattern, '^\\d{6}$', null],
  ] as const)('%o with %j', (constraint, text, expected) => {
    expect(constraintProblem(constraint, text)).toEqual(expected)
  })

  it('names why a pattern does not compile, checked with the unicode flag as ajv does', () => {
    expect(constraintProblem(pattern, '(ab')).toEqual({ problem: 'badPattern', reason: 'Unterminated group' })
    expect(constraintProblem(pattern, '\\-')).toMatchObject({ problem: 'badPattern' }) // fine without /u, not with it
  })

  it('turns text into the stored value and shows stored values as text', () => {
    expect(constraintValue(minLength, '12')).toBe(12)
    expect(constraintValue(decimalMin, ' 0.5 ')).toBe('0.5')
    expect(constraintValue(pattern, '')).toBeUndefined()
    expect(constraintText(field(doc, 'budget'), 'minimum')).toBe('0')
    expect(constraintText(field(doc, 'code'), 'maxLength')).toBe('255')
    expect(constraintText(field(doc, 'code'), 'pattern')).toBe('')
  })

  it('reports a minimum above its maximum, for lengths, numbers, decimals and choices', () => {
    expect(constraintConflicts(field(doc, 'code'))).toEqual([])
    const bad = setConstraint(doc, 'code', 'minLength', 200)
    expect(constraintConflicts(field(setConstraint(bad, 'code', 'maxLength', 20), 'code'))).toEqual([
      { names: ['minLength', 'maxLength'] },
    ])
    const money = setConstraint(doc, 'budget', 'maximum', '-0.01')
    expect(constraintConflicts(field(money, 'budget'))).toEqual([{ names: ['minimum', 'maximum'] }])
    const tags = setConstraint(setConstraint(doc, 'tags', 'minItems', 3), 'tags', 'maxItems', 2)
    expect(constraintConflicts(field(tags, 'tags'))).toEqual([{ names: ['minItems', 'maxItems'] }])
  })
})
