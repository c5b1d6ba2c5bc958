import { describe, expect, it } from 'vitest'
import {
  copyOf,
  newRelatedHref,
  parentEntityOf,
  relatedStart,
  relationsOf,
  relFilter,
  shownCount,
  viewAllHref,
} from './relations'

describe('record page relations', () => {
  it('lists only what the user may read', () => {
    expect(relationsOf('accounts', ['contacts', 'quotes']).map((r) => r.entity)).toEqual(['contacts', 'quotes'])
    expect(relationsOf('leads', ['contacts'])).toEqual([])
  })

  it('links to the filtered list and reads the filter back; anything else is no filter', () => {
    const href = viewAllHref({ entity: 'contacts', field: 'account' }, 42)
    expect(href).toBe('/app/contacts?rel=account%3A42')
    expect(relFilter(new URL(href, 'http://x').searchParams.get('rel'))).toEqual({ field: 'account', id: '42' })
    expect(relFilter('account:1 OR 1=1')).toBeNull()
    expect(relFilter(null)).toBeNull()
  })

  it('caps counts and copies without identity or numbers', () => {
    expect(shownCount(5)).toBe('5')
    expect(shownCount(100)).toBe('99+')
    expect(copyOf({ id: 1, code: 'C-1', name: 'Acme', owner: 3, custom: { a: 1 } })).toEqual({ name: 'Acme', custom: { a: 1 } })
  })
})

describe('a new record made from a related list', () => {
  it('points at the record it comes from, for that record’s customer', () => {
    expect(parentEntityOf('quotes', 'opportunity')).toBe('opportunities')
    // The parent's own id, typed as the database types it (a number on SQLite and PostgreSQL: the
    // server refuses the address's text "7" for a numeric relation).
    expect(relatedStart('quotes', { field: 'opportunity', id: '7' }, { id: 7, account: 3 })).toEqual({
      opportunity: 7,
      account: 3,
    })
    expect(relatedStart('opportunities', { field: 'account', id: '3' }, { id: 3 })).toEqual({ account: 3 })
    expect(relatedStart('opportunities', { field: 'account', id: '64f0c2' }, { id: '64f0c2' })).toEqual({ account: '64f0c2' })
    // A parent that could not be read: the address's id as it is.
    expect(relatedStart('opportunities', { field: 'account', id: '3' }, null)).toEqual({ account: '3' })
    expect(newRelatedHref({ entity: 'opportunities', field: 'account' }, 3)).toBe('/app/opportunities/new?rel=account%3A3')
  })
})
