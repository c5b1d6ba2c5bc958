import { describe, expect, it } from 'vitest'
import { checkSchema } from './checkSchema'
import { DRAFT_2020_12 } from './customSchema'
import { defineField } from './defineField'

const context = { lookupTargets: ['accounts', 'contacts', 'documents'], baseFields: ['type', 'amount', 'status'] }
const schemaOf = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties,
  ...extra,
})

describe('a schema the engine understands can be published', () => {
  it('every field type, rules, permissions and a formula over base and custom fields', () => {
    const schema = schemaOf(
      {
        tier: {
          ...defineField('select', { options: [{ value: 'a', label: { zh: '甲' } }] }),
          'x-visibleWhen': "type == 'customer'",
          'x-permissions': { sales: 'readOnly' },
        },
        budget: { ...defineField('currency'), 'x-requiredWhen': "custom.tier == 'a'" },
        weighted: defineField('formula', { formula: 'round(amount * 0.3, 2)' }),
        partner: defineField('lookup', { relationTo: 'accounts', unique: true }),
        code: defineField('text', { unique: true }),
        tags: defineField('multiSelect', { dictionary: 'industry' }),
        visits: defineField('group', { fields: { on: defineField('date') } }),
        ...Object.fromEntries(
          (
            [
              'text',
              'longText',
              'integer',
              'decimal',
              'percent',
              'date',
              'dateTime',
              'boolean',
              'email',
              'phone',
              'url',
              'address',
              'file',
              'rating',
              'autoNumber',
            ] as const
          ).map((type) => [`f_${type}`, defineField(type)]),
        ),
      },
      { required: ['tier'] },
    )
    expect(checkSchema(schema, context)).toEqual([])
  })
})

describe('anything else is refused, saying where and why', () => {
  it.each([
    ['not an object', [], '', 'must be an object'],
    ['another draft', { ...schemaOf({}), $schema: 'http://json-schema.org/draft-07/schema#' }, '/$schema', 'draft 2020-12'],
    ['open to unknown keys', { ...schemaOf({}), additionalProperties: true }, '/additionalProperties', 'Must be false'],
    ['$ref at the top', { ...schemaOf({}), $defs: {} }, '/$defs', 'not supported'],
    ['a key with a capital', schemaOf({ Tier: defineField('text') }), '/properties/Tier', 'not a usable key'],
    ['a key reaching a prototype', schemaOf({ constructor: defineField('text') }), '/properties/constructor', 'not a usable key'],
    ['a field without a type', schemaOf({ tier: { type: 'string' } }), '/properties/tier/x-type', 'Unknown field type'],
    ['an unknown type', schemaOf({ tier: { 'x-type': 'colour' } }), '/properties/tier/x-type', 'Unknown field type "colour"'],
    [
      'oneOf in a field',
      schemaOf({ tier: { ...defineField('text'), oneOf: [] } }),
      '/properties/tier/oneOf',
      'not supported for a text',
    ],
    [
      'pattern on an integer',
      schemaOf({ n: { ...defineField('integer'), pattern: 'x' } }),
      '/properties/n/pattern',
      'not supported for a integer',
    ],
    ['a select without options', schemaOf({ tier: defineField('select') }), '/properties/tier/enum', 'needs options'],
    [
      'a unique group',
      schemaOf({ g: defineField('group', { fields: { on: defineField('date') }, unique: true }) }),
      '/properties/g/x-unique',
      'Only a single value can be unique',
    ],
    [
      'x-unique not a boolean',
      schemaOf({ t: { ...defineField('text'), 'x-unique': 'yes' } }),
      '/properties/t/x-unique',
      'unique',
    ],
    [
      'options sharing a value',
      schemaOf({ tier: { ...defineField('select'), enum: ['a', 'a'] } }),
      '/properties/tier/enum',
      'share a value',
    ],
    [
      'a lookup to a system table',
      schemaOf({ p: defineField('lookup', { relationTo: 'users' }) }),
      '/properties/p/x-relationTo',
      'must point to one of',
    ],
    [
      'a group in a group',
      schemaOf({ g: defineField('group', { fields: { h: defineField('group') } }) }),
      '/properties/g/items/properties/h',
      'cannot contain another group',
    ],
    [
      'a bad key inside a group',
      schemaOf({ g: defineField('group', { fields: { 'Bad-Key': defineField('text') } }) }),
      '/properties/g/items/properties/Bad-Key',
      'not a usable key',
    ],
    [
      'a formula reading an unknown field',
      schemaOf({ f: defineField('formula', { formula: 'custom.nope * 2' }) }),
      '/properties/f/x-formula',
      'Unknown field "custom.nope"',
    ],
    [
      'a formula that does not parse',
      schemaOf({ f: defineField('formula', { formula: 'amount *' }) }),
      '/properties/f/x-formula',
      'ends too early',
    ],
    [
      'a rule on an unknown base field',
      schemaOf({ t: { ...defineField('text'), 'x-visibleWhen': "kind == 'x'" } }),
      '/properties/t/x-visibleWhen',
      'Unknown field "kind"',
    ],
    [
      'a permission level that does not exist',
      schemaOf({ t: { ...defineField('text'), 'x-permissions': { sales: 'secret' } } }),
      '/properties/t/x-permissions/sales',
      'not one of hidden',
    ],
    [
      'a required key that is not a field',
      schemaOf({ t: defineField('text') }, { required: ['u'] }),
      '/required/0',
      'not a field',
    ],
    [
      'a misspelt JSON Schema keyword value',
      schemaOf({ t: { ...defineField('text'), maxLength: 'ten' } }),
      '',
      'Not valid JSON Schema',
    ],
    [
      'a decimal rule with an unknown part',
      schemaOf({ d: { ...defineField('decimal'), 'x-decimal': { scale: 2, digits: 3 } } }),
      '',
      'Not valid JSON Schema',
    ],
    [
      'a field shown only by its own value',
      schemaOf({ a: { ...defineField('text'), 'x-visibleWhen': "custom.a == 'x'" } }),
      '/properties/a/x-visibleWhen',
      'Circular rule: custom.a → custom.a.',
    ],
    [
      'two fields read-only until the other is filled',
      schemaOf({
        a: { ...defineField('text'), 'x-readOnlyWhen': 'isEmpty(custom.b)' },
        b: { ...defineField('text'), 'x-readOnlyWhen': 'isEmpty(custom.a)' },
      }),
      '/properties/a/x-readOnlyWhen',
      'Circular rule: custom.a → custom.b → custom.a.',
    ],
    [
      'formulas reading each other',
      schemaOf({
        x: defineField('formula', { formula: 'custom.y + 1' }),
        y: defineField('formula', { formula: 'custom.x * 2' }),
      }),
      '/properties/x/x-formula',
      'Circular rule: custom.x → custom.y → custom.x.',
    ],
  ])('%s', (_, schema, pointer, text) => {
    const problems = checkSchema(schema, context)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.find((p) => p.pointer === pointer && p.message.includes(text))).toBeTruthy()
  })
})

describe('circular rules', () => {
  it('"required when the other is empty", both ways, is "fill at least one": published', () => {
    const schema = schemaOf({
      phone: { ...defineField('phone'), 'x-requiredWhen': 'isEmpty(custom.email)' },
      email: { ...defineField('email'), 'x-requiredWhen': 'isEmpty(custom.phone)' },
    })
    expect(checkSchema(schema, context)).toEqual([])
  })

  it('are named in Chinese for a Chinese admin, like every other problem', () => {
    const schema = schemaOf({
      a: { ...defineField('text'), 'x-visibleWhen': "custom.b == 'x'" },
      b: { ...defineField('text'), 'x-visibleWhen': "custom.a == 'y'" },
      c: { 'x-type': 'colour' },
    })
    expect(checkSchema(schema, { ...context, language: 'zh' })).toEqual([
      { pointer: '/properties/c/x-type', message: '未知的字段类型 "colour"' },
      { pointer: '/properties/a/x-visibleWhen', message: expect.stringContaining('循环规则：custom.a → custom.b → custom.a。') },
    ])
  })
})
