import { describe, expect, it } from 'vitest'
import type { ListView } from '../../../src/customFields/layout/types'
import { columnId, columnStep, columnValue, listQuery, moveCard, nextSort, openingView, toSearchParams } from '.'

const view: ListView = {
  id: 'open',
  label: { en: 'Open' },
  kind: 'table',
  columns: [{ field: 'name' }],
  sort: '-createdAt',
  filters: [{ field: 'status', operator: 'equals', value: 'active' }],
  quickFilters: ['type', 'custom.tier', 'employees'],
  pageSize: 20,
}
const kinds = { type: 'choice', 'custom.tier': 'text', employees: 'range', 'custom.vip': 'choice' } as const
const options = { titleField: 'name', quickKind: (f: string) => kinds[f as keyof typeof kinds] ?? 'text' }

describe('listQuery', () => {
  it('keeps the view filter alone when the user adds nothing', () => {
    expect(listQuery(view, { page: 1, quick: {} }, options)).toEqual({
      where: { status: { equals: 'active' } },
      sort: '-createdAt',
      limit: 20,
      page: 1,
    })
  })
  it('ANDs quick filters, search and extra conditions with the view filters', () => {
    const q = listQuery(
      view,
      { page: 3, sort: 'name', search: '  华为 ', quick: { type: 'customer', 'custom.tier': 'gold', employees: { from: '10' } } },
      { ...options, extra: [{ owner: { equals: 7 } }] },
    )
    expect(q.where).toEqual({
      and: [
        { status: { equals: 'active' } },
        { type: { equals: 'customer' } },
        { 'custom.tier': { like: 'gold' } },
        { employees: { greater_than_equal: '10' } },
        { name: { like: '华为' } },
        { owner: { equals: 7 } },
      ],
    })
    expect(q.sort).toBe('name')
    expect(q.page).toBe(3)
  })
  it.each([
    ['an empty text', { type: '' }],
    ['a null', { type: null }],
    ['an empty range', { employees: { from: '', to: '' } }],
  ])('ignores %s', (_, quick) => {
    expect(listQuery(view, { page: 1, quick }, options).where).toEqual({ status: { equals: 'active' } })
  })
  it('turns yes/no choices into booleans and never asks for page 0', () => {
    const q = listQuery({ ...view, filters: [] }, { page: 0, quick: { 'custom.vip': 'false' } }, options)
    expect(q.where).toEqual({ 'custom.vip': { equals: false } })
    expect(q.page).toBe(1)
  })
})

describe('toSearchParams', () => {
  it("writes Payload's bracket notation", () => {
    const params = toSearchParams({ where: { and: [{ name: { like: 'a&b' } }, { x: { exists: false } }] }, limit: 20 })
    expect([...params.entries()]).toEqual([
      ['where[and][0][name][like]', 'a&b'],
      ['where[and][1][x][exists]', 'false'],
      ['limit', '20'],
    ])
  })
})

describe('nextSort', () => {
  it.each([
    [undefined, 'name', undefined, 'name'],
    ['name', 'name', undefined, '-name'],
    ['-name', 'name', undefined, undefined],
    ['-name', 'name', '-name', 'name'],
    ['-createdAt', 'name', '-createdAt', 'name'],
  ])('from %s clicking %s (view sorts %s) gives %s', (current, field, viewSort, expected) => {
    expect(nextSort(current, field, viewSort)).toBe(expected)
  })
})

describe('openingView', () => {
  const views = [{ id: 'a' }, { id: 'b', default: true }, { id: 'c' }]
  it.each([
    ['c', undefined, 'c'],
    ['zz', 'a', 'a'],
    [null, undefined, 'b'],
  ])('asked %s, user default %s → %s', (asked, userDefault, expected) => {
    expect(openingView(views, asked, userDefault)?.id).toBe(expected)
  })
  it('falls back to the first view', () => {
    expect(openingView([{ id: 'x' }, { id: 'y' }], null)?.id).toBe('x')
  })
})

describe('moveCard', () => {
  const board = [
    { value: 'new', label: 'New', cards: [{ id: 1 }, { id: 2 }], total: 5 },
    { value: 'won', label: 'Won', cards: [{ id: 3 }], total: 1 },
    { value: null, label: '—', cards: [], total: 0 },
  ]
  it('moves the card to the top of its new column and keeps the counts right', () => {
    const moved = moveCard(board, 2, 'won')
    expect(moved[0].cards.map((c) => c.id)).toEqual([1])
    expect(moved[1].cards.map((c) => c.id)).toEqual([2, 3])
    expect([moved[0].total, moved[1].total]).toEqual([4, 2])
    expect(board[0].cards).toHaveLength(2) // never mutated
  })
  it('moves into the column of records without a value', () => {
    expect(moveCard(board, '3', null)[2].cards).toEqual([{ id: 3 }])
  })
  it.each([
    ['the same column', 1, 'new'],
    ['an unknown card', 99, 'won'],
    ['an unknown column', 1, 'lost'],
  ])('returns the same board for %s', (_, id, to) => {
    expect(moveCard(board, id, to)).toBe(board)
  })
  it('round-trips column ids', () => {
    expect(columnValue(columnId('won'))).toBe('won')
    expect(columnValue(columnId(null))).toBeNull()
  })
})

describe('columnStep', () => {
  const columns = [
    { left: 300, top: 100, width: 260 },
    { left: 20, top: 100, width: 260 },
    { left: 580, top: 100, width: 260 },
  ]
  it.each([
    [{ x: 40, y: 150 }, 1, { x: 320, y: 150 }],
    [{ x: 320, y: 150 }, 1, { x: 600, y: 150 }],
    [{ x: 320, y: 150 }, -1, { x: 40, y: 150 }],
    [{ x: 40, y: 20 }, 1, { x: 320, y: 108 }],
  ] as const)('from %j moving %i lands at %j', (at, direction, expected) => {
    expect(columnStep(columns, at, direction)).toEqual(expected)
  })
  it.each([
    [{ x: 600, y: 150 }, 1],
    [{ x: 40, y: 150 }, -1],
  ] as const)('stops at the ends of the board (%j, %i)', (at, direction) => {
    expect(columnStep(columns, at, direction)).toBeNull()
  })
})
