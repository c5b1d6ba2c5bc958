import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import type { BaseField } from '../../../src/customFields/layout/types'
import type { DesignerDoc } from '../designer'
import { DRAFT_FILE_FORMAT, draftFile, duplicateKeys, importDraft, readDraftFile } from '.'

const baseFields: BaseField[] = [
  { name: 'name', type: 'text' },
  { name: 'status', type: 'select', hasOptions: true },
]
const content: Pick<DesignerDoc, 'schema' | 'layout' | 'listViews'> = {
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      tier: defineField('select', { options: [{ value: 'a', label: { en: 'A', zh: '甲' } }] }),
      budget: { ...defineField('currency'), 'x-visibleWhen': "custom.tier == 'a'" },
    },
  },
  layout: {
    version: 1,
    tabs: [
      {
        id: 'main',
        label: { en: 'Main', zh: '主要' },
        sections: [{ id: 's1', columns: 2, fields: [{ field: 'name' }, { field: 'custom.tier' }, { field: 'custom.budget' }] }],
      },
    ],
  },
  listViews: {
    version: 1,
    views: [
      { id: 'all', label: { en: 'All' }, kind: 'table', columns: [{ field: 'name' }], sort: '-custom.budget', pageSize: 20 },
    ],
  },
}
const context = { entity: 'accounts', baseFields, lookupTargets: ['accounts', 'contacts'], language: 'en' as const }
const file = (patch: Record<string, unknown> = {}) =>
  JSON.stringify({ ...draftFile('accounts', content, new Date('2026-11-28T00:00:00Z')), ...patch })
const withSchema = (properties: Record<string, unknown>) => file({ schema: { ...content.schema, properties } })
const withLayoutFields = (fields: unknown[]) =>
  file({ layout: { version: 1, tabs: [{ id: 'main', label: { en: 'Main' }, sections: [{ id: 's1', columns: 2, fields }] }] } })

describe('a design file round-trips', () => {
  it('reads back exactly what Export wrote', () => {
    const result = readDraftFile(file(), context)
    expect(result).toEqual({ ok: true, content })
  })

  it('says what it is, for whom, and when', () => {
    const written = draftFile('accounts', content, new Date('2026-11-28T00:00:00Z'))
    expect(written).toMatchObject({
      format: DRAFT_FILE_FORMAT,
      version: 1,
      entity: 'accounts',
      exportedAt: '2026-11-28T00:00:00.000Z',
    })
  })
})

describe('a file that is not a sound design is refused, saying where and why', () => {
  it.each([
    ['empty', '', '', '', 'The file is not JSON'],
    ['not JSON', '{"format": ', '', '', 'The file is not JSON'],
    ['a CSV', 'name,tier\nACME,a', '', '', 'The file is not JSON'],
    ['a JSON list', '[1, 2]', '', '', 'not a Formwork design file'],
    ['a bare layout, not a design file', JSON.stringify(content.layout), '', '', 'not a Formwork design file'],
    ['another format', file({ format: 'rjsf/uiSchema' }), '', '', 'not a Formwork design file'],
    ['a later file version', file({ version: 2 }), '', '/version', 'has version 2'],
    ['another entity’s design', file({ entity: 'contacts' }), '', '/entity', 'design of "contacts", not of "accounts"'],
    ['a part missing', file({ listViews: undefined }), 'listViews', '', 'The part "listViews" is missing'],
    [
      'a key written twice',
      file().replace('"budget":', '"tier": {"x-type": "text"}, "budget":'),
      'schema',
      '/properties/tier',
      'The key "tier" is written twice in /schema/properties',
    ],
    [
      'a field of an unknown type',
      withSchema({ tier: { 'x-type': 'colour' } }),
      'schema',
      '/properties/tier/x-type',
      'Unknown field type',
    ],
    [
      'a rule on a field that does not exist',
      withSchema({ ...content.schema.properties, budget: { ...defineField('currency'), 'x-visibleWhen': 'custom.ghost' } }),
      'schema',
      '/properties/budget/x-visibleWhen',
      'Unknown field "custom.ghost"',
    ],
    [
      'a circular rule',
      withSchema({
        ...content.schema.properties,
        tier: { ...content.schema.properties.tier, 'x-visibleWhen': 'custom.budget > 0' },
      }),
      'schema',
      '/properties/tier/x-visibleWhen',
      'Circular rule: custom.tier → custom.budget → custom.tier',
    ],
    [
      'a layout naming a missing field',
      withLayoutFields([{ field: 'name' }, { field: 'custom.ghost' }]),
      'layout',
      '/tabs/0/sections/0/fields/1/field',
      'There is no field "custom.ghost"',
    ],
    [
      'a field placed twice',
      withLayoutFields([{ field: 'name' }, { field: 'name' }]),
      'layout',
      '/tabs/0/sections/0/fields/1/field',
      'placed twice',
    ],
    [
      'a list sorted by a missing field',
      file({ listViews: { ...content.listViews, views: [{ ...content.listViews.views[0], sort: 'custom.ghost' }] } }),
      'listViews',
      '/views/0/sort',
      'Sort by a field that can be sorted',
    ],
    ['too large', `{"format": "${'x'.repeat(2049 * 1024)}"}`, '', '', 'too large'],
  ])('%s', (_, text, part, pointer, message) => {
    const result = readDraftFile(text, context)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toContainEqual({ part, pointer, message: expect.stringContaining(message) })
  })

  it('speaks Chinese to a Chinese admin', () => {
    const zh = { ...context, language: 'zh' as const }
    const notJson = readDraftFile('{', zh)
    expect(!notJson.ok && notJson.problems[0].message).toMatch(/^文件不是 JSON 格式：/)
    const bare = readDraftFile(JSON.stringify(content.layout), zh)
    expect(!bare.ok && bare.problems[0].message).toMatch(/^这不是 Formwork 的设计文件/)
    const ghost = readDraftFile(withLayoutFields([{ field: 'custom.ghost' }]), zh)
    expect(!ghost.ok && ghost.problems[0].message).toBe('不存在字段“custom.ghost”。')
  })
})

describe('duplicateKeys', () => {
  it.each([
    ['{"a": 1, "b": 2}', []],
    ['{"a": 1, "a": 2}', [{ pointer: '', key: 'a' }]],
    ['{"x": [{"k": 1}, {"k": 1, "k": 2}]}', [{ pointer: '/x/1', key: 'k' }]],
    ['{"a/b": {"c": 1, "c": 2}}', [{ pointer: '/a~1b', key: 'c' }]],
    ['{"s": "a \\" , \\"a\\": 1", "t": {"\\u0061": 1, "a": 2}}', [{ pointer: '/t', key: 'a' }]],
    ['{"a": {"b": 1}, "c": {"b": 1}}', []],
  ])('%s', (text, expected) => {
    expect(duplicateKeys(text)).toEqual(expected)
  })
})

describe('importing a design', () => {
  const doc: DesignerDoc = { ...content, publishedKeys: ['tier', 'budget'] }
  it('replaces schema, layout and list views, and keeps published fields the file lacks as removed', () => {
    const imported = importDraft(doc, {
      schema: { ...content.schema, properties: { budget: content.schema.properties.budget } },
      layout: { version: 1, tabs: [{ id: 'main', label: { en: 'Main' }, sections: [] }] },
      listViews: { version: 1, views: [] },
    })
    expect(imported.schema.properties.tier).toEqual({ ...content.schema.properties.tier, 'x-removed': true })
    expect(imported.schema.properties.budget).toEqual(content.schema.properties.budget)
    expect(imported.layout.tabs[0].sections).toEqual([])
    expect(imported.listViews.views).toEqual([])
    expect(imported.publishedKeys).toEqual(['tier', 'budget'])
    expect(doc.schema.properties.tier['x-removed']).toBeUndefined()
  })
})
