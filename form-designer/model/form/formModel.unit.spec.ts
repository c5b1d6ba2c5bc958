import { describe, expect, it } from 'vitest'
import type { CustomSchema } from '../../../src/customFields/customSchema'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import type { Layout } from '../../../src/customFields/layout/types'
import { errorsByField, formModel, missingRequired } from '.'

const schema: CustomSchema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['tier'],
  properties: {
    tier: defineField('select', {
      label: { en: 'Tier', zh: '层级' },
      options: [
        { value: 'a', label: { en: 'Key account', zh: '重点客户' } },
        { value: 'b', label: { en: 'Regular' } },
      ],
    }),
    budget: { ...defineField('currency', { label: { en: 'Budget', zh: '预算' } }), 'x-visibleWhen': "custom.tier == 'a'" },
    reason: { ...defineField('text'), 'x-requiredWhen': "type == 'partner'", 'x-readOnlyWhen': "status == 'closed'" },
    perHead: defineField('formula', { formula: 'custom.budget' }),
    region: defineField('select', { dictionary: 'region' }),
    old: { ...defineField('text'), 'x-removed': true },
  },
}
const layout: Layout = {
  version: 1,
  tabs: [
    {
      id: 'main',
      label: { en: 'Main', zh: '主要' },
      sections: [
        { id: 'a', columns: 2, fields: [{ field: 'name' }, { field: 'custom.tier' }, { field: 'custom.budget', span: 4 }] },
        { id: 'b', columns: 1, visibleWhen: "type == 'partner'", fields: [{ field: 'custom.reason' }] },
      ],
    },
  ],
}
const baseFields = [{ name: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true }]
const fieldOf = (tabs: ReturnType<typeof formModel>, field: string) =>
  tabs
    .flatMap((t) => t.sections)
    .flatMap((s) => s.fields)
    .find((f) => f.field === field)

describe('the form model', () => {
  it("lays out base and custom fields with labels in the viewer's language, spans within the section", () => {
    const tabs = formModel({ schema, layout, record: { custom: {} }, language: 'zh', baseFields })
    expect(tabs[0].label).toBe('主要')
    expect(tabs[0].sections[0].fields.map((f) => [f.field, f.label, f.span])).toEqual([
      ['name', '名称', 1],
      ['custom.tier', '层级', 1],
      ['custom.budget', '预算', 2],
    ])
    expect(fieldOf(tabs, 'custom.tier')?.options).toEqual([
      { value: 'a', label: '重点客户' },
      { value: 'b', label: 'Regular' },
    ])
  })

  it('puts custom fields the layout does not place in a last section, never removed ones, and works with no layout', () => {
    const tabs = formModel({ schema, layout, record: { custom: {} }, language: 'en' })
    const last = tabs[0].sections[tabs[0].sections.length - 1]
    expect(last.id).toBe('unplaced')
    expect(last.fields.map((f) => f.field)).toEqual(['custom.perHead', 'custom.region'])
    expect(fieldOf(tabs, 'name')).toBeUndefined()
    const bare = formModel({ schema, layout: null, record: { custom: {} }, language: 'en' })
    expect(bare[0].sections[0].fields.map((f) => f.field)).toEqual([
      'custom.tier',
      'custom.budget',
      'custom.reason',
      'custom.perHead',
      'custom.region',
    ])
  })

  it('applies the rules to the record being edited: visible, required and read-only when', () => {
    const plain = formModel({ schema, layout, record: { type: 'customer', custom: { tier: 'b' } }, language: 'en' })
    expect(fieldOf(plain, 'custom.budget')?.visible).toBe(false)
    expect(plain[0].sections[1].visible).toBe(false)
    expect(fieldOf(plain, 'custom.reason')?.required).toBe(false)
    const partner = formModel({
      schema,
      layout,
      record: { type: 'partner', status: 'closed', custom: { tier: 'a' } },
      language: 'en',
    })
    expect(fieldOf(partner, 'custom.budget')?.visible).toBe(true)
    expect(partner[0].sections[1].visible).toBe(true)
    expect(fieldOf(partner, 'custom.reason')).toMatchObject({ required: true, readOnly: true })
    expect(fieldOf(partner, 'custom.perHead')?.readOnly).toBe(true)
  })

  it("follows the viewer's access: hidden fields vanish, masked and read-only ones cannot be edited", () => {
    const access = { 'custom.tier': 'masked', 'custom.budget': 'hidden', name: 'readOnly' } as const
    const tabs = formModel({
      schema,
      layout,
      record: { custom: { tier: 'a' } },
      language: 'en',
      baseFields,
      accessOf: (field) => access[field as keyof typeof access] ?? 'edit',
    })
    expect(fieldOf(tabs, 'custom.tier')).toMatchObject({ masked: true, readOnly: true, visible: true })
    expect(fieldOf(tabs, 'custom.budget')?.visible).toBe(false)
    expect(fieldOf(tabs, 'name')?.readOnly).toBe(true)
  })

  it("takes a dictionary's options from the host", () => {
    const tabs = formModel({
      schema,
      layout,
      record: {},
      language: 'en',
      dictionaryOptions: (d) => [{ value: `${d}-1`, label: 'North' }],
    })
    expect(fieldOf(tabs, 'custom.region')?.options).toEqual([{ value: 'region-1', label: 'North' }])
  })

  it('lists visible required fields left empty, ignoring hidden sections and computed fields', () => {
    const record = { type: 'customer', custom: {} }
    const tabs = formModel({ schema, layout, record, language: 'en', baseFields })
    expect(missingRequired(tabs, record)).toEqual(['name', 'custom.tier'])
    const partner = { type: 'partner', name: 'Acme', custom: { tier: 'a' } }
    expect(missingRequired(formModel({ schema, layout, record: partner, language: 'en', baseFields }), partner)).toEqual([
      'custom.reason',
    ])
  })

  it("groups a server's validation errors by field, rows of a group included", () => {
    expect(
      errorsByField([
        { path: 'custom.tier', message: 'Required.' },
        { path: 'custom.visits.0.on', message: 'Not a date (YYYY-MM-DD).' },
        { path: 'name', message: 'This field is required.' },
      ]),
    ).toEqual({
      'custom.tier': ['Required.'],
      'custom.visits': ['#1 › on: Not a date (YYYY-MM-DD).'],
      name: ['This field is required.'],
    })
  })
})
