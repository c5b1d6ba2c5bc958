import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import { type DesignerDoc, levelsFor, permissionsOf, setPermission } from '.'

const doc: DesignerDoc = Object.freeze({
  publishedKeys: [],
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: {
      secret: { ...defineField('text'), 'x-permissions': { sales: 'hidden' } },
      note: defineField('text'),
    },
  },
  layout: { version: 1, tabs: [] },
  listViews: { version: 1, views: [] },
  fieldPermissions: { website: { sales: 'hidden' } },
  requiredBaseFields: ['name'],
}) as DesignerDoc
const original = JSON.stringify(doc)

describe('permissions per role on a custom field (x-permissions)', () => {
  it('sets, changes and lifts a role’s level; the last lifted leaves no keyword', () => {
    const set = setPermission(doc, 'custom.note', 'manager', 'readOnly')
    expect(set.schema.properties.note['x-permissions']).toEqual({ manager: 'readOnly' })
    const changed = setPermission(set, 'custom.note', 'manager', 'masked')
    expect(permissionsOf(changed, 'custom.note')).toEqual({ manager: 'masked' })
    const lifted = setPermission(changed, 'custom.note', 'manager', undefined)
    expect(lifted.schema.properties.note).not.toHaveProperty('x-permissions')
    const two = setPermission(doc, 'custom.secret', 'service-agent', 'readOnly')
    expect(permissionsOf(two, 'custom.secret')).toEqual({ sales: 'hidden', 'service-agent': 'readOnly' })
    expect(JSON.stringify(doc)).toBe(original)
  })
})

describe('permissions per role on a base field (the version’s fieldPermissions)', () => {
  it('sets and lifts a level; an emptied field leaves the map', () => {
    const set = setPermission(doc, 'taxNumber', 'sales', 'readOnly')
    expect(set.fieldPermissions).toEqual({ website: { sales: 'hidden' }, taxNumber: { sales: 'readOnly' } })
    expect(set.schema).toBe(doc.schema)
    const lifted = setPermission(set, 'website', 'sales', undefined)
    expect(lifted.fieldPermissions).toEqual({ taxNumber: { sales: 'readOnly' } })
    expect(setPermission({ ...doc, fieldPermissions: undefined }, 'website', 'sales', 'masked').fieldPermissions).toEqual({
      website: { sales: 'masked' },
    })
  })

  it('a required base field can only be masked', () => {
    expect(levelsFor(doc, 'name')).toEqual(['masked'])
    expect(levelsFor(doc, 'website')).toEqual(['readOnly', 'masked', 'hidden'])
    expect(levelsFor(doc, 'custom.note')).toEqual(['readOnly', 'masked', 'hidden'])
    expect(setPermission(doc, 'name', 'sales', 'hidden')).toBe(doc)
    expect(setPermission(doc, 'name', 'sales', 'masked').fieldPermissions?.name).toEqual({ sales: 'masked' })
  })
})

describe('what changes nothing (same document back)', () => {
  it.each([
    ['the level the role already has', 'custom.secret', 'sales', 'hidden'],
    ['lifting a level the role does not have', 'website', 'manager', undefined],
    ['a field that does not exist', 'custom.nope', 'sales', 'hidden'],
    ['a malformed role key', 'custom.note', 'sales team', 'hidden'],
    ['an unknown level', 'custom.note', 'sales', 'invisible'],
  ] as const)('%s', (_, field, role, level) => {
    expect(setPermission(doc, field, role, level as never)).toBe(doc)
  })
})
