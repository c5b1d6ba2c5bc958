import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import { baseFieldsOf, checkLayout, checkListViews, fieldCatalog } from '../../../src/customFields/layout'
import {
  addField,
  addSection,
  addTab,
  addView,
  commit,
  type DesignerDoc,
  findField,
  keyProblem,
  moveField,
  moveSection,
  placeColumn,
  redo,
  referencesTo,
  removeColumn,
  removeField,
  removeSection,
  removeTab,
  setColumns,
  setColumnWidth,
  setDefaultView,
  setPageSize,
  setSort,
  setSpan,
  startHistory,
  suggestKey,
  undo,
  updateField,
  updateSection,
} from '.'

const doc: DesignerDoc = Object.freeze({
  publishedKeys: ['tier'],
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      tier: defineField('select', { options: [{ value: 'a', label: { en: 'A' } }] }),
      budget: { ...defineField('currency'), 'x-visibleWhen': "custom.tier == 'a'" },
    },
  },
  layout: {
    version: 1,
    tabs: [
      {
        id: 'main',
        label: { en: 'Main' },
        sections: [
          { id: 's1', columns: 2, fields: [{ field: 'name' }, { field: 'custom.tier' }, { field: 'custom.budget', span: 2 }] },
          { id: 's2', columns: 1, fields: [] },
        ],
      },
      { id: 'more', label: { en: 'More' }, sections: [{ id: 's3', columns: 3, fields: [{ field: 'status' }] }] },
    ],
  },
  listViews: {
    version: 1,
    views: [
      {
        id: 'all',
        label: { en: 'All' },
        kind: 'table',
        columns: [{ field: 'name' }, { field: 'custom.tier' }],
        sort: '-custom.tier',
        pageSize: 20,
        default: true,
      },
    ],
  },
}) as DesignerDoc

const fieldsIn = (d: DesignerDoc, section: string) =>
  d.layout.tabs
    .flatMap((t) => t.sections)
    .find((s) => s.id === section)
    ?.fields.map((f) => f.field)

/** Whatever the actions do, the result must still pass the checks the server runs on save. */
const base = baseFieldsOf([
  { name: 'name', type: 'text' },
  { name: 'status', type: 'select', options: ['open'] },
])
const valid = (d: DesignerDoc) => {
  const fields = fieldCatalog(base, d.schema)
  expect([...checkLayout(d.layout, fields, 'en'), ...checkListViews(d.listViews, fields, 'en')]).toEqual([])
  return d
}

describe('fields on the canvas', () => {
  it('adds a custom field from the palette at the drop position', () => {
    const next = valid(
      addField(doc, 'integer', 'headcount', { section: 's1', index: 1 }, { label: { zh: '人数' }, required: true }),
    )
    expect(fieldsIn(next, 's1')).toEqual(['name', 'custom.headcount', 'custom.tier', 'custom.budget'])
    expect(next.schema.properties.headcount).toMatchObject({ 'x-type': 'integer', 'x-label': { zh: '人数' } })
    expect(next.schema.required).toEqual(['headcount'])
  })

  it('drops into an empty section, and refuses a taken key or a missing section (same document back)', () => {
    expect(fieldsIn(addField(doc, 'text', 'nick', { section: 's2', index: 0 }), 's2')).toEqual(['custom.nick'])
    expect(addField(doc, 'text', 'tier', { section: 's2', index: 0 })).toBe(doc)
    expect(addField(doc, 'text', 'nick', { section: 'ghost', index: 0 })).toBe(doc)
  })

  it.each([
    ['down within a section', 'name', { section: 's1', index: 2 }, 's1', ['custom.tier', 'custom.budget', 'name']],
    ['up within a section', 'custom.budget', { section: 's1', index: 0 }, 's1', ['custom.budget', 'name', 'custom.tier']],
    ['past the end (clamped)', 'name', { section: 's1', index: 99 }, 's1', ['custom.tier', 'custom.budget', 'name']],
    ['into an empty section', 'custom.tier', { section: 's2', index: 0 }, 's2', ['custom.tier']],
    ['to another tab', 'name', { section: 's3', index: 0 }, 's3', ['name', 'status']],
  ])('moves a field %s', (_, field, target, section, expected) => {
    const next = valid(moveField(doc, field, target))
    expect(fieldsIn(next, section)).toEqual(expected)
    expect(
      next.layout.tabs
        .flatMap((t) => t.sections)
        .flatMap((s) => s.fields)
        .filter((f) => f.field === field),
    ).toHaveLength(1)
  })

  it('keeps the span a field had, narrowed to a smaller section', () => {
    expect(moveField(doc, 'custom.budget', { section: 's3', index: 0 }).layout.tabs[1].sections[0].fields[0]).toEqual({
      field: 'custom.budget',
      span: 2,
    })
    expect(moveField(doc, 'custom.budget', { section: 's2', index: 0 }).layout.tabs[0].sections[1].fields[0]).toEqual({
      field: 'custom.budget',
      span: 1,
    })
  })

  it('places a base field that was not on the canvas, and a move onto its own place changes nothing', () => {
    const withoutStatus = removeField(doc, 'status')
    expect(findField(withoutStatus.layout, 'status')).toBeNull()
    expect(fieldsIn(moveField(withoutStatus, 'status', { section: 's2', index: 0 }), 's2')).toEqual(['status'])
    expect(moveField(doc, 'custom.tier', { section: 's1', index: 1 })).toBe(doc)
  })

  it("sets a span within the section's columns", () => {
    expect(setSpan(doc, 'name', 2).layout.tabs[0].sections[0].fields[0]).toEqual({ field: 'name', span: 2 })
    expect(setSpan(doc, 'name', 9).layout.tabs[0].sections[0].fields[0].span).toBe(2)
    expect(setSpan(doc, 'custom.budget', 2)).toBe(doc)
    expect(setSpan(doc, 'ghost', 2)).toBe(doc)
  })

  it('removes a new custom field entirely, hides a published one, and only unplaces a base field', () => {
    const added = addField(doc, 'text', 'nick', { section: 's2', index: 0 }, { required: true })
    const gone = valid(removeField(added, 'custom.nick'))
    expect(gone.schema.properties.nick).toBeUndefined()
    expect(gone.schema.required).toEqual([])
    const hidden = valid(removeField(doc, 'custom.tier'))
    expect(hidden.schema.properties.tier['x-removed']).toBe(true)
    expect(findField(hidden.layout, 'custom.tier')).toBeNull()
    expect(hidden.listViews.views[0].columns.map((c) => c.field)).toEqual(['name'])
    expect(hidden.listViews.views[0].sort).toBeUndefined()
    const unplaced = removeField(doc, 'name')
    expect(findField(unplaced.layout, 'name')).toBeNull()
    expect(unplaced.schema).toBe(doc.schema)
  })

  it('lists the rules that read a field before it is removed', () => {
    expect(referencesTo(doc, 'custom.tier')).toEqual(['custom.budget x-visibleWhen'])
    const withSectionRule = updateSection(doc, 's3', { visibleWhen: "custom.budget > 10 and status == 'open'" })
    expect(referencesTo(withSectionRule, 'custom.budget')).toEqual(['section s3 visibleWhen'])
    expect(referencesTo(doc, 'custom.budget')).toEqual([])
  })

  it("updates a field's settings and whether it is required; an identical patch changes nothing", () => {
    const next = updateField(doc, 'budget', { 'x-label': { en: 'Budget', zh: '预算' }, 'x-visibleWhen': undefined }, true)
    expect(next.schema.properties.budget['x-label']).toEqual({ en: 'Budget', zh: '预算' })
    expect(next.schema.properties.budget['x-visibleWhen']).toBeUndefined()
    expect(next.schema.required).toEqual(['budget'])
    expect(updateField(next, 'budget', { 'x-label': { en: 'Budget', zh: '预算' } })).toBe(next)
    expect(updateField(doc, 'ghost', {})).toBe(doc)
  })
})

describe('sections and tabs', () => {
  it('adds a section with a free id, changes its columns (spans shrink), label and rule', () => {
    const added = valid(addSection(doc, 0, 1, { zh: '财务' }, 3))
    expect(added.layout.tabs[0].sections.map((s) => s.id)).toEqual(['s1', 'section1', 's2'])
    const narrowed = valid(setColumns(doc, 's1', 1))
    expect(narrowed.layout.tabs[0].sections[0].fields.find((f) => f.field === 'custom.budget')?.span).toBe(1)
    expect(setColumns(doc, 's1', 2)).toBe(doc)
    expect(updateSection(doc, 's2', { label: { en: 'Notes' } }).layout.tabs[0].sections[1].label).toEqual({ en: 'Notes' })
  })

  it('moves a section within and across tabs, and removes one (its fields leave the canvas)', () => {
    expect(moveSection(doc, 's2', 0, 0).layout.tabs[0].sections.map((s) => s.id)).toEqual(['s2', 's1'])
    const across = valid(moveSection(doc, 's1', 1, 1))
    expect(across.layout.tabs.map((t) => t.sections.map((s) => s.id))).toEqual([['s2'], ['s3', 's1']])
    expect(moveSection(doc, 's1', 0, 0)).toBe(doc)
    const removed = valid(removeSection(doc, 's1'))
    expect(findField(removed.layout, 'custom.tier')).toBeNull()
    expect(removed.schema.properties.tier).toBeDefined()
  })

  it('adds a tab with an empty section and removes tabs but never the last', () => {
    const added = valid(addTab(doc, { en: 'Finance', zh: '财务' }))
    expect(added.layout.tabs[2]).toMatchObject({ id: 'tab1', sections: [{ id: 'section1', fields: [] }] })
    const one = removeTab(doc, 1)
    expect(one.layout.tabs).toHaveLength(1)
    expect(removeTab(one, 0)).toBe(one)
  })
})

describe('list views', () => {
  it('adds, moves and removes columns (never the last), sets widths, sort, page size and the default', () => {
    const id = 'all'
    const withBudget = valid(placeColumn(doc, id, 'custom.budget', 0))
    expect(withBudget.listViews.views[0].columns.map((c) => c.field)).toEqual(['custom.budget', 'name', 'custom.tier'])
    expect(valid(placeColumn(withBudget, id, 'custom.budget', 5)).listViews.views[0].columns.map((c) => c.field)).toEqual([
      'name',
      'custom.tier',
      'custom.budget',
    ])
    expect(placeColumn(doc, id, 'name', 0)).toBe(doc)
    const one = removeColumn(doc, id, 'name')
    expect(removeColumn(one, id, 'custom.tier')).toBe(one)
    expect(setColumnWidth(doc, id, 'name', 20).listViews.views[0].columns[0].width).toBe(60)
    expect(setSort(doc, id, 'name').listViews.views[0].sort).toBe('name')
    expect(setSort(doc, id, null).listViews.views[0].sort).toBeUndefined()
    expect(setSort(doc, id, 'custom.tier', true)).toBe(doc)
    expect(setPageSize(doc, id, 50).listViews.views[0].pageSize).toBe(50)
    expect(setPageSize(doc, id, 33)).toBe(doc)
  })

  it('adds a kanban board and moves the default to it', () => {
    const board = valid(addView(doc, { zh: '看板' }, 'kanban', ['name', 'custom.tier'], 'custom.tier'))
    expect(board.listViews.views[1]).toMatchObject({
      id: 'view1',
      kind: 'kanban',
      groupBy: 'custom.tier',
      cardFields: ['name', 'custom.tier'],
    })
    const moved = valid(setDefaultView(board, 'view1'))
    expect(moved.listViews.views.map((v) => Boolean(v.default))).toEqual([false, true])
    expect(setDefaultView(moved, 'view1')).toBe(moved)
  })
})

describe('keys', () => {
  it.each([
    [{ en: 'Annual budget' }, 'annualBudget'],
    [{ en: '2nd phone' }, 'phone'],
    [{ zh: '预算' }, 'field1'],
    [{ en: 'Tier' }, 'tier2'],
    [{ en: 'constructor' }, 'field1'],
    [{ en: 'Café owner' }, 'cafeOwner'],
  ])('suggests a free key for %j', (label, expected) => {
    expect(suggestKey(label, new Set(['tier', 'name']))).toBe(expected)
  })

  it('checks a typed key for shape and clashes', () => {
    expect(keyProblem('Tier', new Set())).toBe('shape')
    expect(keyProblem('__proto__', new Set())).toBe('shape')
    expect(keyProblem('tier', new Set(['tier']))).toBe('taken')
    expect(keyProblem('region', new Set(['tier']))).toBeNull()
  })
})

describe('undo and redo', () => {
  it('steps back and forth over committed changes; no-op actions add no step; a new change clears redo', () => {
    let history = startHistory(doc)
    history = commit(history, moveField(history.present, 'name', { section: 's2', index: 0 }))
    history = commit(history, setSpan(history.present, 'custom.tier', 2))
    history = commit(history, setSpan(history.present, 'custom.tier', 2))
    expect(history.past).toHaveLength(2)
    history = undo(history)
    expect(history.present.layout.tabs[0].sections[0].fields.find((f) => f.field === 'custom.tier')?.span).toBeUndefined()
    history = undo(history)
    expect(history.present).toBe(doc)
    expect(undo(history)).toBe(history)
    history = redo(history)
    expect(fieldsIn(history.present, 's2')).toEqual(['name'])
    history = commit(history, removeField(history.present, 'custom.budget'))
    expect(history.future).toEqual([])
    expect(redo(history)).toBe(history)
  })
})

describe('drop targets', () => {
  it('resolve a section to its end and a field to its place; unknown ids to nothing', async () => {
    const { dropTarget, draggedOf, fieldId, sectionId, paletteId } = await import('.')
    expect(dropTarget(doc.layout, sectionId('s1'))).toEqual({ section: 's1', index: 3 })
    expect(dropTarget(doc.layout, sectionId('s2'))).toEqual({ section: 's2', index: 0 })
    expect(dropTarget(doc.layout, fieldId('custom.budget'))).toEqual({ section: 's1', index: 2 })
    expect(dropTarget(doc.layout, fieldId('status'))).toEqual({ section: 's3', index: 0 })
    expect(dropTarget(doc.layout, 'section:ghost')).toBeNull()
    expect(dropTarget(doc.layout, 'elsewhere')).toBeNull()
    expect(draggedOf(paletteId('integer'))).toEqual({ kind: 'palette', type: 'integer' })
    expect(draggedOf(fieldId('custom.tier'))).toEqual({ kind: 'field', field: 'custom.tier' })
  })

  it('a drag down onto a later field of the same section lands in its place, as sortable lists show it', async () => {
    const { dropTarget, fieldId } = await import('.')
    const target = dropTarget(doc.layout, fieldId('custom.budget'))
    expect(fieldsIn(moveField(doc, 'name', target as never), 's1')).toEqual(['custom.tier', 'custom.budget', 'name'])
  })
})

describe('renaming a new field’s key', () => {
  it('moves the field, its place and its list columns; published keys and taken keys stay', async () => {
    const { renameKey } = await import('.')
    const added = placeColumn(
      addField(doc, 'text', 'text1', { section: 's2', index: 0 }, { required: true }),
      'all',
      'custom.text1',
      0,
    )
    const renamed = valid(renameKey(added, 'text1', 'siteAddress'))
    expect(Object.keys(renamed.schema.properties)).toEqual(['tier', 'budget', 'siteAddress'])
    expect(renamed.schema.required).toEqual(['siteAddress'])
    expect(fieldsIn(renamed, 's2')).toEqual(['custom.siteAddress'])
    expect(renamed.listViews.views[0].columns[0].field).toBe('custom.siteAddress')
    expect(renameKey(added, 'tier', 'level')).toBe(added)
    expect(renameKey(added, 'text1', 'budget')).toBe(added)
  })
})
