import { describe, expect, it } from 'vitest'
import { diffRecords } from './diff'

describe('diffRecords', () => {
  it('lists changed fields with before and after, ignoring timestamps and cents mirrors', () => {
    const before = { name: 'A', phone: '1', updatedAt: 'x', totalMinor: 1, total: '0.01' }
    const after = { name: 'B', phone: '1', updatedAt: 'y', totalMinor: 2, total: '0.02' }
    expect(diffRecords(before, after)).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'total', before: '0.01', after: '0.02' },
    ])
  })

  it('compares custom fields key by key', () => {
    expect(diffRecords({ custom: { tier: 'gold', size: 10 } }, { custom: { tier: 'silver', size: 10, region: 'east' } })).toEqual(
      [
        { field: 'custom.region', before: null, after: 'east' },
        { field: 'custom.tier', before: 'gold', after: 'silver' },
      ],
    )
  })

  it('treats a populated relation and its id as the same value', () => {
    expect(diffRecords({ owner: { id: 3, name: 'x' } }, { owner: 3 })).toEqual([])
  })

  it('keeps only the target of a polymorphic relation, never a copy of the populated record', () => {
    const note = { relatedTo: { relationTo: 'leads', value: { id: 7, name: '王小明', mobile: '13812345678' } } }
    expect(diffRecords(null, note)).toEqual([{ field: 'relatedTo', before: null, after: { relationTo: 'leads', value: 7 } }])
  })

  it('a creation lists every set field, a deletion every field that was set', () => {
    expect(diffRecords(null, { name: 'New' })).toEqual([{ field: 'name', before: null, after: 'New' }])
    expect(diffRecords({ name: 'Old' }, null)).toEqual([{ field: 'name', before: 'Old', after: null }])
  })
})
