import { describe, expect, it } from 'vitest'
import type { CustomSchema } from '../customSchema'
import { DRAFT_2020_12 } from '../customSchema'
import { defineField } from '../defineField'
import { baseFieldsOf, checkLayout, checkListViews, defaultLayout, fieldCatalog } from '.'

const schema: CustomSchema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    tier: defineField('select', { options: [{ value: 'a', label: { en: 'A' } }] }),
    headcount: defineField('integer'),
    notes: defineField('longText'),
    old: { ...defineField('text'), 'x-removed': true },
  },
}
const base = baseFieldsOf([
  { name: 'name', type: 'text' },
  {
    type: 'row',
    fields: [
      { name: 'status', type: 'select', options: ['open'] },
      { name: 'amountMinor', type: 'number', admin: { hidden: true } },
    ],
  },
  { type: 'tabs', tabs: [{ fields: [{ name: 'owner', type: 'relationship' }] }] },
  { name: 'tenant', type: 'relationship' },
  { name: 'custom', type: 'json' },
])
const fields = fieldCatalog(base, schema)

const layoutWith = (sections: unknown[]) => ({ version: 1, tabs: [{ id: 'main', label: { zh: '主要' }, sections }] })
const section = (fieldsOfSection: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 's1',
  columns: 2,
  fields: fieldsOfSection,
  ...extra,
})
const pointers = (problems: { pointer: string }[]) => problems.map((p) => p.pointer)

describe('base fields', () => {
  it('are the named data fields through rows and unnamed tabs, without hidden mirrors and system fields', () => {
    expect(base.map((f) => f.name)).toEqual(['name', 'status', 'owner'])
    expect(base.find((f) => f.name === 'status')?.hasOptions).toBe(true)
  })
})

describe('checkLayout', () => {
  it('accepts a layout of base and custom fields, and the default layout', () => {
    const layout = layoutWith([
      section([{ field: 'name', span: 2 }, { field: 'custom.tier' }], { visibleWhen: "status == 'open'" }),
    ])
    expect(checkLayout(layout, fields, 'en')).toEqual([])
    expect(checkLayout(defaultLayout(base, schema), fields, 'en')).toEqual([])
  })

  it.each([
    ['not an object', [], ['']],
    ['a wrong version', { version: 2, tabs: [] }, ['/version', '/tabs']],
    ['a missing field', layoutWith([section([{ field: 'custom.nope' }])]), ['/tabs/0/sections/0/fields/0/field']],
    ['a removed field', layoutWith([section([{ field: 'custom.old' }])]), ['/tabs/0/sections/0/fields/0/field']],
    ['a system field', layoutWith([section([{ field: 'tenant' }])]), ['/tabs/0/sections/0/fields/0/field']],
    [
      'a field placed twice',
      layoutWith([section([{ field: 'name' }]), { ...section([{ field: 'name' }]), id: 's2' }]),
      ['/tabs/0/sections/1/fields/0/field'],
    ],
    ['a span wider than the section', layoutWith([section([{ field: 'name', span: 3 }])]), ['/tabs/0/sections/0/fields/0/span']],
    ['five columns', layoutWith([{ ...section([]), columns: 5 }]), ['/tabs/0/sections/0/columns']],
    ['a duplicate id', layoutWith([section([]), section([])]), ['/tabs/0/sections/1/id']],
    ['an id with spaces', layoutWith([{ ...section([]), id: 'a b' }]), ['/tabs/0/sections/0/id']],
    [
      'a rule naming a missing field',
      layoutWith([section([], { visibleWhen: 'custom.gone == 1' })]),
      ['/tabs/0/sections/0/visibleWhen'],
    ],
    ['a rule that does not parse', layoutWith([section([], { visibleWhen: 'status ==' })]), ['/tabs/0/sections/0/visibleWhen']],
    ['a tab without label', { version: 1, tabs: [{ id: 't', sections: [] }] }, ['/tabs/0/label']],
    [
      'a section shown only by a field inside it',
      layoutWith([section([{ field: 'custom.tier' }, { field: 'name' }], { visibleWhen: "custom.tier == 'a'" })]),
      ['/tabs/0/sections/0/visibleWhen'],
    ],
  ])('refuses %s, saying where', (_, layout, expected) => {
    expect(pointers(checkLayout(layout, fields, 'en'))).toEqual(expected)
  })

  it('names the circle of a section rule through a field rule, in both languages', () => {
    const ruled: CustomSchema = {
      ...schema,
      properties: { ...schema.properties, headcount: { ...defineField('integer'), 'x-visibleWhen': "custom.tier == 'a'" } },
    }
    const layout = layoutWith([
      section([{ field: 'name' }, { field: 'custom.tier' }]),
      { ...section([{ field: 'custom.tier' }]), id: 's2', fields: [{ field: 'custom.notes' }] },
    ])
    expect(checkLayout(layout, fieldCatalog(base, ruled), 'en')).toEqual([])
    const locked = layoutWith([
      section([{ field: 'name' }]),
      { ...section([{ field: 'custom.tier' }]), id: 's2', visibleWhen: 'custom.headcount > 10' },
    ])
    const [en] = checkLayout(locked, fieldCatalog(base, ruled), 'en')
    expect(en.pointer).toBe('/tabs/0/sections/1/visibleWhen')
    expect(en.message).toContain('Circular rule: custom.tier → custom.headcount → custom.tier.')
    const [zh] = checkLayout(locked, fieldCatalog(base, ruled), 'zh')
    expect(zh.message).toContain('循环规则：custom.tier → custom.headcount → custom.tier。')
  })

  it("speaks the admin's language", () => {
    const [problem] = checkLayout(layoutWith([section([{ field: 'custom.nope' }])]), fields, 'zh')
    expect(problem.message).toBe('不存在字段“custom.nope”。')
    const [english] = checkLayout(layoutWith([section([{ field: 'custom.nope' }])]), fields, 'en')
    expect(english.message).toBe('There is no field "custom.nope".')
  })
})

const view = (extra: Record<string, unknown> = {}) => ({
  id: 'all',
  label: { en: 'All' },
  kind: 'table',
  columns: [{ field: 'name', width: 200 }, { field: 'custom.headcount' }],
  pageSize: 20,
  ...extra,
})
const views = (...list: unknown[]) => ({ version: 1, views: list })

describe('checkListViews', () => {
  it('accepts tables and kanban boards over base and custom fields', () => {
    const board = view({ id: 'board', kind: 'kanban', groupBy: 'custom.tier', cardFields: ['name', 'owner'] })
    const table = view({
      sort: '-custom.headcount',
      filters: [{ field: 'status', operator: 'equals', value: 'open' }],
      quickFilters: ['custom.tier'],
      default: true,
    })
    expect(checkListViews(views(table, board), fields, 'en')).toEqual([])
    expect(checkListViews(views(view({ kind: 'kanban', groupBy: 'status' })), fields, 'en')).toEqual([])
  })

  it.each([
    ['a missing column', view({ columns: [{ field: 'custom.nope' }] }), ['/views/0/columns/0/field']],
    ['no columns', view({ columns: [] }), ['/views/0/columns']],
    ['a column twice', view({ columns: [{ field: 'name' }, { field: 'name' }] }), ['/views/0/columns/1/field']],
    ['a width of 5 pixels', view({ columns: [{ field: 'name', width: 5 }] }), ['/views/0/columns/0/width']],
    ['a sort on a long text (no slot kind)', view({ sort: 'custom.notes' }), ['/views/0/sort']],
    ['a sort on a relation', view({ sort: 'owner' }), ['/views/0/sort']],
    ['a sort on a removed field', view({ sort: '-custom.old' }), ['/views/0/sort']],
    ['a page size of 1000', view({ pageSize: 1000 }), ['/views/0/pageSize']],
    [
      'an unknown operator',
      view({ filters: [{ field: 'name', operator: 'regex', value: '.*' }] }),
      ['/views/0/filters/0/operator'],
    ],
    ['a quick filter on a missing field', view({ quickFilters: ['ghost'] }), ['/views/0/quickFilters/0']],
    ['a kanban grouped by a number', view({ kind: 'kanban', groupBy: 'custom.headcount' }), ['/views/0/groupBy']],
    ['card fields on a table', view({ cardFields: ['name'] }), ['/views/0/cardFields']],
    ['an unknown kind', view({ kind: 'gantt' }), ['/views/0/kind']],
  ])('refuses %s, saying where', (_, one, expected) => {
    expect(pointers(checkListViews(views(one), fields, 'en'))).toEqual(expected)
  })

  it('refuses two default views and two views with one id', () => {
    expect(pointers(checkListViews(views(view({ default: true })), fields, 'en'))).toEqual([])
    expect(pointers(checkListViews(views(view({ default: true }), view({ default: true })), fields, 'en'))).toEqual([
      '/views/1/id',
      '/views/1/default',
    ])
  })
})
