import { describe, expect, it } from 'vitest'
import type { FieldMapping } from '../slots/fieldMapping'
import { type TenantMapping, translateCustomQuery } from './translateCustomQuery'

const mapping: FieldMapping = {
  score: { kind: 'number', slot: 'slotNumber1' },
  due: { kind: 'date', slot: 'slotDate1' },
  tier: { kind: 'text', slot: 'slotText1' },
  vip: { kind: 'boolean', slot: 'slotBoolean1' },
  extra: { kind: 'number', slot: null },
  notes: { kind: null, slot: null },
}
const one: TenantMapping[] = [{ tenant: 1, mapping }]

const errorsOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return (e as { data: { errors: { path: string; message: string }[] } }).data.errors.map((x) => [x.path, x.message])
  }
  throw new Error('expected a refusal')
}

describe('translateCustomQuery: where on mapped keys goes to the slot, operand converted', () => {
  it.each([
    ['greater_than', { 'custom.score': { greater_than: '9' } }, { slotNumber1: { greater_than: 9 } }],
    [
      'less_than_equal decimal text',
      { 'custom.score': { less_than_equal: '12345678901.25' } },
      { slotNumber1: { less_than_equal: 12345678901.25 } },
    ],
    ['equals', { 'custom.score': { equals: -3 } }, { slotNumber1: { equals: -3 } }],
    ['in from a comma list', { 'custom.score': { in: '9,10' } }, { slotNumber1: { in: [9, 10] } }],
    ['not_in array', { 'custom.tier': { not_in: ['a', 'b'] } }, { slotText1: { not_in: ['a', 'b'] } }],
    ['like on text', { 'custom.tier': { like: 'gol' } }, { slotText1: { like: 'gol' } }],
    ['contains on text', { 'custom.tier': { contains: 'ol' } }, { slotText1: { contains: 'ol' } }],
    ['exists', { 'custom.score': { exists: 'false' } }, { slotNumber1: { exists: 'false' } }],
    [
      'date with offset to a UTC instant',
      { 'custom.due': { greater_than: '2026-11-27T23:30:00-05:00' } },
      { slotDate1: { greater_than: '2026-11-28T04:30:00.000Z' } },
    ],
    [
      'a day to midnight UTC',
      { 'custom.due': { less_than: '2026-11-28' } },
      { slotDate1: { less_than: '2026-11-28T00:00:00.000Z' } },
    ],
    ['boolean from text', { 'custom.vip': { equals: 'true' } }, { slotBoolean1: { equals: true } }],
    [
      'two operators on one path',
      { 'custom.score': { greater_than: 1, less_than: 5 } },
      { slotNumber1: { greater_than: 1, less_than: 5 } },
    ],
    ['like on a number stays on JSON', { 'custom.score': { like: '1' } }, { 'custom.score': { like: '1' } }],
    ['equality on an unmapped key stays on JSON', { 'custom.extra': { equals: 5 } }, { 'custom.extra': { equals: 5 } }],
    ['a nested path stays on JSON', { 'custom.notes.x': { equals: 'y' } }, { 'custom.notes.x': { equals: 'y' } }],
    ['base fields untouched', { name: { like: 'x' } }, { name: { like: 'x' } }],
  ])('%s', (_, where, expected) => {
    expect(translateCustomQuery({ where: where as never }, one).where).toEqual(expected)
  })

  it('rewrites inside nested and/or and keeps base conditions beside', () => {
    const where = {
      name: { like: 'a' },
      or: [{ 'custom.score': { greater_than: 1 } }, { and: [{ 'custom.tier': { equals: 'b' } }] }],
    }
    expect(translateCustomQuery({ where: where as never }, one).where).toEqual({
      name: { like: 'a' },
      or: [{ slotNumber1: { greater_than: 1 } }, { and: [{ slotText1: { equals: 'b' } }] }],
    })
  })

  it('returns the very same query when nothing custom is named', () => {
    const query = { where: { name: { equals: 'x' } }, sort: '-createdAt' }
    expect(translateCustomQuery(query, one)).toBe(query)
  })
})

describe('translateCustomQuery: sort', () => {
  it.each([
    ['custom.score', 'slotNumber1'],
    ['-custom.score', '-slotNumber1'],
    ['-custom.due,id', '-slotDate1,id'],
  ])('%s → %s', (sort, expected) => {
    expect(translateCustomQuery({ sort }, one).sort).toBe(expected)
  })
  it('arrays stay arrays', () => {
    expect(translateCustomQuery({ sort: ['custom.tier', '-id'] }, one).sort).toEqual(['slotText1', '-id'])
  })
})

describe('translateCustomQuery refuses with the field named', () => {
  it.each([
    [
      'range on an unmapped key',
      { where: { 'custom.extra': { greater_than: 1 } } },
      'custom.extra',
      /Range filters and sorting are unavailable for custom.extra/,
    ],
    ['sort on an unmapped key', { sort: '-custom.extra' }, 'custom.extra', /unavailable for custom.extra/],
    ['sort on a kind without slots', { sort: 'custom.notes' }, 'custom.notes', /unavailable for custom.notes/],
    ['an unknown key in where', { where: { 'custom.nope': { equals: 1 } } }, 'custom.nope', /no custom field "nope"/],
    ['an unknown key in sort', { sort: 'custom.nope' }, 'custom.nope', /no custom field "nope"/],
    ['a number that is not one', { where: { 'custom.score': { greater_than: 'abc' } } }, 'custom.score', /Not a number: "abc"/],
    ['a date that is not one', { where: { 'custom.due': { less_than: '2026-13-45' } } }, 'custom.due', /Not a date/],
  ])('%s', (_, query, path, text) => {
    const [[gotPath, message]] = errorsOf(() => translateCustomQuery(query as never, one))
    expect(gotPath).toBe(path)
    expect(message).toMatch(text)
  })

  it('in Chinese', () => {
    const [[, message]] = errorsOf(() => translateCustomQuery({ sort: 'custom.extra' }, one, 'zh'))
    expect(message).toContain('不支持范围筛选和排序')
  })
})

describe('translateCustomQuery across tenants', () => {
  const other: FieldMapping = { score: { kind: 'number', slot: 'slotNumber2' }, rank: { kind: 'number', slot: 'slotNumber1' } }

  it('one rewrite when the tenants agree (same slot, free where missing)', () => {
    const same: TenantMapping[] = [one[0], { tenant: 2, mapping }, { tenant: null, mapping: {} }]
    expect(translateCustomQuery({ where: { 'custom.score': { greater_than: 1 } }, sort: 'custom.score' }, same)).toEqual({
      where: { slotNumber1: { greater_than: 1 } },
      sort: 'slotNumber1',
    })
  })

  it('a branch per tenant when they differ; other tenants match nothing', () => {
    const differ: TenantMapping[] = [one[0], { tenant: 2, mapping: other }, { tenant: null, mapping: {} }]
    expect(translateCustomQuery({ where: { 'custom.score': { greater_than: 1 } } }, differ).where).toEqual({
      or: [
        { and: [{ tenant: { equals: 1 } }, { slotNumber1: { greater_than: 1 } }] },
        { and: [{ tenant: { equals: 2 } }, { slotNumber2: { greater_than: 1 } }] },
        { and: [{ tenant: { not_in: [1, 2] } }, { id: { exists: false } }] },
      ],
    })
  })

  it('refuses to sort when they differ', () => {
    const differ: TenantMapping[] = [one[0], { tenant: 2, mapping: other }]
    expect(errorsOf(() => translateCustomQuery({ sort: 'custom.score' }, differ))[0][1]).toMatch(/choose one tenant/)
  })

  it('a slot another tenant uses for a different key is a difference', () => {
    const clash: TenantMapping[] = [
      { tenant: 1, mapping: { score: mapping.score } },
      { tenant: 2, mapping: { rank: other.rank } },
    ]
    expect(errorsOf(() => translateCustomQuery({ sort: 'custom.score' }, clash))[0][0]).toBe('custom.score')
  })
})

describe('keys no schema declares, for server code', () => {
  it('stay on the JSON path for equality (numbering looks up custom.<key> it writes itself); ranges are still refused', () => {
    const where = { 'custom.leadNo': { equals: 'XS202600001' } }
    expect(translateCustomQuery({ where }, one, 'en', { unknownKeys: 'asJson' }).where).toEqual(where)
    expect(() => translateCustomQuery({ where }, one)).toThrow()
    expect(() =>
      translateCustomQuery({ where: { 'custom.leadNo': { greater_than: 'X' } } }, one, 'en', { unknownKeys: 'asJson' }),
    ).toThrow()
  })
})
