import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../customSchema'
import { defineField } from '../defineField'
import { assignSlots } from './assignSlots'
import { SLOT_COUNTS } from './slotColumns'
import { slotValuesFor, toInstant, toNumber } from './slotValues'

const schema = (properties: Record<string, unknown>) =>
  ({ $schema: DRAFT_2020_12, type: 'object', additionalProperties: false, properties }) as never

describe('assignSlots', () => {
  it('gives slots in key order by kind; no slot for kinds without one', () => {
    const result = assignSlots(
      schema({
        a: defineField('integer'),
        b: defineField('text'),
        c: defineField('date'),
        d: defineField('longText'),
        e: defineField('decimal'),
      }),
      null,
    )
    expect(result.slots).toEqual({ a: 'slotNumber1', b: 'slotText1', c: 'slotDate1', e: 'slotNumber2' })
    expect(result.newlyMapped).toEqual(['a', 'b', 'c', 'e'])
    expect(assignSlots(schema({ z: defineField('integer'), y: defineField('integer') }), null).slots).toEqual({
      y: 'slotNumber1',
      z: 'slotNumber2',
    })
    expect(result.slotless).toEqual([])
  })

  it('keeps a slot across versions while the kind stays; a changed kind or removal frees it', () => {
    const previous = { a: 'slotNumber2', b: 'slotText1', z: 'slotNumber1' }
    const result = assignSlots(
      schema({
        n: defineField('integer'),
        a: defineField('currency'),
        b: defineField('integer'),
        z: { ...defineField('integer'), 'x-removed': true },
      }),
      previous,
    )
    expect(result.slots).toEqual({ a: 'slotNumber2', b: 'slotNumber1', n: 'slotNumber3' })
    expect(result.newlyMapped).toEqual(['b', 'n'])
  })

  it('lists the fields that found no free slot', () => {
    const many = Object.fromEntries(Array.from({ length: SLOT_COUNTS.date + 2 }, (_, i) => [`d${i}`, defineField('date')]))
    const { slotless } = assignSlots(schema(many), null)
    expect(slotless).toEqual([`d${SLOT_COUNTS.date}`, `d${SLOT_COUNTS.date + 1}`])
  })

  it('is deterministic: the same schema gets the same mapping', () => {
    const s = schema({ x: defineField('text'), y: defineField('rating'), w: defineField('boolean') })
    expect(assignSlots(s, null)).toEqual(assignSlots(s, null))
  })
})

describe('slot values', () => {
  it('converts and clears', () => {
    const values = slotValuesFor(
      { a: '12345678901.25', b: 'Ｃafé', c: '2026-11-28T10:00:00+08:00', v: false },
      { a: 'slotNumber1', b: 'slotText1', c: 'slotDate1', v: 'slotBoolean1', gone: 'slotText2' },
      { a: 'number', b: 'text', c: 'date', v: 'boolean', gone: 'text' },
    )
    expect(values).toMatchObject({
      slotNumber1: 12345678901.25,
      slotDate1: '2026-11-28T02:00:00.000Z',
      slotBoolean1: false,
      slotText2: null,
      slotNumber8: null,
    })
    expect(values.slotText1).toBe('Ｃafé'.normalize('NFC'))
  })
  it('orders the two zone-shifted instants correctly', () => {
    expect((toInstant('2026-11-27T23:30:00-05:00') as string) > (toInstant('2026-11-28T10:00:00+08:00') as string)).toBe(true)
  })
  it('refuses what is not a number', () => {
    expect(toNumber('1e3')).toBe(1000)
    expect(toNumber('abc')).toBeNull()
    expect(toNumber('')).toBeNull()
  })
})
