import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import { type DesignerDoc, optionsProblem, setDictionary, setOptions } from '.'

const options = [
  { value: 'a', label: { zh: '甲', en: 'A' } },
  { value: 'b', label: { zh: '乙', en: 'B' } },
]
const doc: DesignerDoc = Object.freeze({
  publishedKeys: [],
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      tier: defineField('select', { options }),
      tags: defineField('multiSelect', { options }),
      name2: defineField('text'),
    },
  },
  layout: { version: 1, tabs: [] },
  listViews: { version: 1, views: [] },
}) as DesignerDoc
const original = JSON.stringify(doc)

describe('own options or a dictionary', () => {
  it('a select switched to a dictionary is exactly what defineField writes for one, and back', () => {
    const dict = setDictionary(doc, 'tier', 'industry')
    expect(dict.schema.properties.tier).toEqual(defineField('select', { dictionary: 'industry' }))
    const own = setOptions(dict, 'tier', options)
    expect(own.schema.properties.tier).toEqual(defineField('select', { options }))
    expect(JSON.stringify(doc)).toBe(original)
  })

  it('a multi-select keeps its items as strings, the enum on the items', () => {
    const dict = setDictionary(doc, 'tags', 'source')
    expect(dict.schema.properties.tags).toEqual(defineField('multiSelect', { dictionary: 'source' }))
    const own = setOptions(dict, 'tags', [options[1]])
    expect(own.schema.properties.tags).toEqual(defineField('multiSelect', { options: [options[1]] }))
  })

  it('edits options: values go to the enum, labels to x-options', () => {
    const next = setOptions(doc, 'tier', [...options, { value: 'c', label: { zh: '丙', en: 'C' } }])
    expect(next.schema.properties.tier.enum).toEqual(['a', 'b', 'c'])
    expect(next.schema.properties.tier['x-options']?.[2]).toEqual({ value: 'c', label: { zh: '丙', en: 'C' } })
  })

  it.each([
    ['the same options', () => setOptions(doc, 'tier', options)],
    ['options on a text field', () => setOptions(doc, 'name2', options)],
    ['a dictionary on a text field', () => setDictionary(doc, 'name2', 'industry')],
    ['an empty dictionary key', () => setDictionary(doc, 'tier', ' ')],
    ['a missing field', () => setDictionary(doc, 'nope', 'industry')],
  ])('changes nothing for %s', (_, change) => {
    expect(change()).toBe(doc)
  })

  it('the same dictionary again changes nothing', () => {
    const dict = setDictionary(doc, 'tier', 'industry')
    expect(setDictionary(dict, 'tier', 'industry')).toBe(dict)
  })
})

describe('options that cannot be published', () => {
  it.each([
    [[], 'none'],
    [[{ value: ' ', label: {} }], 'emptyValue'],
    [[options[0], { ...options[1], value: 'a' }], 'duplicateValue'],
    [options, null],
  ] as const)('%j → %s', (list, problem) => {
    expect(optionsProblem(list)).toBe(problem)
  })
})
