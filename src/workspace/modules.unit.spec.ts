import { expect, it } from 'vitest'
import { BUSINESS_COLLECTIONS } from '../access/permissionedCollections'
import { groupByModule, MODULES, withoutHiddenModules } from './modules'

it('places every business entity in exactly one module', () => {
  const placed = MODULES.flatMap((m) => m.entities)
  expect([...placed].sort()).toEqual([...BUSINESS_COLLECTIONS].sort())
})

it('keeps only the entities the user may read, in module order, and drops empty modules', () => {
  const groups = groupByModule([{ slug: 'tasks' }, { slug: 'accounts' }, { slug: 'leads' }, { slug: 'mystery' }])
  expect(groups.map((g) => [g.key, g.entities.map((e) => e.slug)])).toEqual([
    ['customers', ['accounts', 'leads']],
    ['office', ['tasks']],
    ['other', ['mystery']],
  ])
})

it('drops the entities of hidden modules, keeping entities of no module', () => {
  const entities = [{ slug: 'accounts' }, { slug: 'service-requests' }, { slug: 'faqs' }, { slug: 'mystery' }]
  expect(withoutHiddenModules(entities, ['service']).map((e) => e.slug)).toEqual(['accounts', 'mystery'])
  expect(withoutHiddenModules(entities, [])).toBe(entities)
})
