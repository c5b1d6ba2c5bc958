import { describe, expect, it } from 'vitest'
import { unparsableNumbers } from './refuseUnparsableNumbers'

const fields = [
  { name: 'employees', type: 'number' },
  { type: 'row', fields: [{ name: 'probability', type: 'number' }] },
  { name: 'stats', type: 'group', fields: [{ name: 'score', type: 'number' }] },
  { name: 'sizes', type: 'number', hasMany: true },
  { name: 'name', type: 'text' },
]

describe('unparsableNumbers', () => {
  it.each([['12'], ['-3.5'], [' 7 '], ['1e3'], ['.5'], ['']])('accepts %j', (value) => {
    expect(unparsableNumbers(fields, { employees: value })).toEqual([])
  })
  it.each([['12x'], ['abc'], ['1,000'], ['--1']])('refuses %j', (value) => {
    expect(unparsableNumbers(fields, { employees: value })).toEqual([{ path: 'employees', value }])
  })
  it('looks into rows, groups and number lists, and leaves other types and real numbers alone', () => {
    expect(
      unparsableNumbers(fields, { probability: 'high', stats: { score: 'n/a' }, sizes: [1, 'x'], name: 'abc', employees: 12 }),
    ).toEqual([
      { path: 'probability', value: 'high' },
      { path: 'stats.score', value: 'n/a' },
      { path: 'sizes', value: 'x' },
    ])
  })
})
