import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import { circularRules, type DesignerDoc, placeOf, problemsFromServer } from '.'

const doc: DesignerDoc = {
  publishedKeys: [],
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: { tier: defineField('text'), budget: defineField('currency') },
    required: ['budget'],
  },
  layout: {
    version: 1,
    tabs: [
      {
        id: 'main',
        label: { en: 'Main' },
        sections: [{ id: 's1', columns: 2, fields: [{ field: 'name' }, { field: 'custom.gone' }] }],
      },
      { id: 'more', label: { en: 'More' }, sections: [{ id: 's2', columns: 1, fields: [{ field: 'custom.tier' }] }] },
    ],
  },
  listViews: { version: 1, views: [{ id: 'all', label: { en: 'All' }, kind: 'table', columns: [], pageSize: 20 }] },
}

describe('where a problem is, in the designer', () => {
  it.each([
    ['a field’s rule', 'schema', '/properties/tier/x-visibleWhen', { kind: 'field', field: 'custom.tier' }],
    ['a required key', 'schema', '/required/0', { kind: 'field', field: 'custom.budget' }],
    ['the schema as a whole', 'schema', '/additionalProperties', { kind: 'none' }],
    ['a placed field', 'layout', '/tabs/1/sections/0/fields/0/span', { kind: 'field', field: 'custom.tier' }],
    ['a base field placed', 'layout', '/tabs/0/sections/0/fields/0/field', { kind: 'field', field: 'name' }],
    ['a missing field: its section', 'layout', '/tabs/0/sections/0/fields/1/field', { kind: 'section', id: 's1' }],
    ['a section rule', 'layout', '/tabs/1/sections/0/visibleWhen', { kind: 'section', id: 's2' }],
    ['a section that is not there', 'layout', '/tabs/5/sections/0/visibleWhen', { kind: 'none' }],
    ['a list view', 'listViews', '/views/0/sort', { kind: 'view', id: 'all' }],
    ['the file as a whole', '', '', { kind: 'none' }],
  ])('%s', (_, part, pointer, expected) => {
    expect(placeOf(doc, { part, pointer })).toEqual(expected)
  })
})

describe('the server’s refusal, read back', () => {
  it('splits the pointer from the message of the version checks, and keeps other errors whole', () => {
    expect(
      problemsFromServer([
        { path: 'schema', message: '/properties/a/x-visibleWhen: Circular rule: custom.a → custom.a. Break it' },
        { path: 'layout', message: '/: Must be an object.' },
        { path: 'layout', message: '/tabs/0/sections/0/fields/1/field: 不存在字段“custom.ghost”。' },
        { message: 'Another version was published meanwhile' },
      ]),
    ).toEqual([
      { part: 'schema', pointer: '/properties/a/x-visibleWhen', message: 'Circular rule: custom.a → custom.a. Break it' },
      { part: 'layout', pointer: '', message: 'Must be an object.' },
      { part: 'layout', pointer: '/tabs/0/sections/0/fields/1/field', message: '不存在字段“custom.ghost”。' },
      { part: '', pointer: '', message: 'Another version was published meanwhile' },
    ])
  })
})

describe('circular rules, as the admin types them', () => {
  it('names the circle under every rule in it, fields and sections alike', () => {
    const circular: DesignerDoc = {
      ...doc,
      schema: {
        ...doc.schema,
        properties: {
          tier: { ...doc.schema.properties.tier, 'x-visibleWhen': 'custom.budget > 0' },
          budget: { ...doc.schema.properties.budget, 'x-readOnlyWhen': "custom.tier == ''" },
        },
      },
      layout: {
        ...doc.layout,
        tabs: [
          doc.layout.tabs[0],
          { ...doc.layout.tabs[1], sections: [{ ...doc.layout.tabs[1].sections[0], visibleWhen: 'custom.tier' }] },
        ],
      },
    }
    expect(Object.fromEntries(circularRules(circular))).toEqual({
      '/properties/tier/x-visibleWhen': 'custom.tier → custom.budget → custom.tier',
      '/properties/budget/x-readOnlyWhen': 'custom.tier → custom.budget → custom.tier',
      '/tabs/1/sections/0/visibleWhen': 'custom.tier → custom.tier',
    })
    expect(circularRules(doc).size).toBe(0)
  })
})
