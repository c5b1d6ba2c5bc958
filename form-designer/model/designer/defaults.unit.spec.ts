import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import { type DesignerDoc, defaultValueProblem, setConstraint, setDefault, takesDefault } from '.'

const options = [
  { value: 'a', label: { en: 'A' } },
  { value: 'b', label: { en: 'B' } },
]
const doc: DesignerDoc = Object.freeze({
  publishedKeys: [],
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      code: defineField('text', { maxLength: 5 }),
      visits: defineField('integer', { minimum: 0 }),
      budget: defineField('currency'),
      vip: defineField('boolean'),
      tier: defineField('select', { options }),
      tags: defineField('multiSelect', { options }),
      industry: defineField('select', { dictionary: 'industry' }),
      since: defineField('date'),
      total: defineField('formula', { formula: '1' }),
      partner: defineField('lookup', { relationTo: 'accounts' }),
    },
  },
  layout: { version: 1, tabs: [] },
  listViews: { version: 1, views: [] },
}) as DesignerDoc
const original = JSON.stringify(doc)
const fieldOf = (d: DesignerDoc, key: string) => d.schema.properties[key]

describe('setDefault', () => {
  it.each([
    ['code', 'AB-1'],
    ['visits', 3],
    ['budget', '19.99'],
    ['vip', false],
    ['tier', 'b'],
    ['tags', ['a', 'b']],
    ['industry', 'retail'],
    ['since', '2025-01-31'],
  ])('%s takes %j, typed as the field stores it', (key, value) => {
    const next = setDefault(doc, key, value)
    expect(fieldOf(next, key).default).toEqual(value)
    expect(JSON.stringify(doc)).toBe(original)
  })

  it('clears with undefined, an empty text or an empty list', () => {
    const set = setDefault(setDefault(doc, 'code', 'x'), 'tags', ['a'])
    expect(fieldOf(setDefault(set, 'code', ''), 'code')).not.toHaveProperty('default')
    expect(fieldOf(setDefault(set, 'code', undefined), 'code')).not.toHaveProperty('default')
    expect(fieldOf(setDefault(set, 'tags', []), 'tags')).not.toHaveProperty('default')
  })

  it('changes nothing for computed and per-record types, a missing field, or the same value', () => {
    expect(takesDefault('formula')).toBe(false)
    expect(takesDefault('text')).toBe(true)
    expect(setDefault(doc, 'total', '2')).toBe(doc)
    expect(setDefault(doc, 'partner', 1)).toBe(doc)
    expect(setDefault(doc, 'nope', 1)).toBe(doc)
    expect(setDefault(doc, 'code', '')).toBe(doc)
    const set = setDefault(doc, 'tags', ['a'])
    expect(setDefault(set, 'tags', ['a'])).toBe(set)
  })
})

describe('a default the field would refuse is a problem, in the admin’s language', () => {
  it.each([
    ['code', 'TOO-LONG', 'en', 'At most 5 characters.'],
    ['code', 'TOO-LONG', 'zh', '最多 5 个字符。'],
    ['visits', -1, 'en', 'At least 0.'],
    ['visits', 1.5, 'en', 'Must be a whole number.'],
    ['budget', '1.999', 'en', 'At most 2 decimal places.'],
    ['tier', 'c', 'en', 'Not one of the options.'],
    ['tags', ['a', 'a'], 'en', 'Each option only once.'],
    ['since', '2025-02-30', 'zh', '不是有效的日期（YYYY-MM-DD）。'],
  ] as const)('%s = %j (%s): %s', (key, value, language, message) => {
    const next = setDefault(doc, key, value)
    expect(defaultValueProblem(key, fieldOf(next, key), language)).toBe(message)
  })

  it('a default that fitted becomes a problem when a limit tightens (it is kept, not erased)', () => {
    const fitted = setDefault(doc, 'code', 'ABCDE')
    expect(defaultValueProblem('code', fieldOf(fitted, 'code'), 'en')).toBeNull()
    const tightened = setConstraint(fitted, 'code', 'maxLength', 3)
    expect(fieldOf(tightened, 'code').default).toBe('ABCDE')
    expect(defaultValueProblem('code', fieldOf(tightened, 'code'), 'en')).toBe('At most 3 characters.')
  })

  it('checks a dictionary default against the active entries when they are known', () => {
    const next = setDefault(doc, 'industry', 'mining')
    const industry = fieldOf(next, 'industry')
    expect(defaultValueProblem('industry', industry, 'en')).toBeNull()
    expect(defaultValueProblem('industry', industry, 'en', new Set(['retail']))).toBe(
      '"mining" is not an active entry of the "industry" dictionary (industry).',
    )
    expect(
      defaultValueProblem('industry', fieldOf(setDefault(doc, 'industry', 'retail'), 'industry'), 'en', new Set(['retail'])),
    ).toBeNull()
  })

  it('no default, no problem', () => {
    expect(defaultValueProblem('code', fieldOf(doc, 'code'), 'en')).toBeNull()
  })
})
