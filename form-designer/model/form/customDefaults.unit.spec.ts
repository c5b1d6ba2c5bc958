import { describe, expect, it } from 'vitest'
import { type CustomSchema, DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import { customDefaults } from '.'

describe('a new record starts with the designed defaults', () => {
  it('takes every live field’s default, copied; fields without one and removed ones are left out', () => {
    const schema: CustomSchema = {
      $schema: DRAFT_2020_12,
      type: 'object',
      additionalProperties: false,
      properties: {
        code: { ...defineField('text'), default: 'NEW' },
        tags: { ...defineField('multiSelect', { options: [{ value: 'a', label: {} }] }), default: ['a'] },
        vip: { ...defineField('boolean'), default: false },
        note: defineField('text'),
        old: { ...defineField('text'), default: 'x', 'x-removed': true },
      },
    }
    const values = customDefaults(schema)
    expect(values).toEqual({ code: 'NEW', tags: ['a'], vip: false })
    ;(values.tags as string[]).push('b')
    expect(schema.properties.tags.default).toEqual(['a'])
  })
})
