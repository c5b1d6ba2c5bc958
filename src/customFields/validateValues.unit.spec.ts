import { describe, expect, it } from 'vitest'
import { type CustomSchema, DRAFT_2020_12 } from './customSchema'
import { defineField } from './defineField'
import { validateValues } from './validateValues'

const options = [
  { value: 'a', label: { en: 'A', zh: '甲' } },
  { value: 'b', label: { en: 'B', zh: '乙' } },
]

const schema: CustomSchema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['code'],
  properties: {
    code: defineField('text', { maxLength: 10, pattern: '^[A-Z]+$' }),
    notes: defineField('longText', { maxLength: 20 }),
    headcount: defineField('integer', { minimum: 0, maximum: 100000 }),
    ratio: defineField('decimal', { scale: 3, precision: 6, minimum: '-1', maximum: '100' }),
    budget: defineField('currency', { minimum: 0 }),
    share: defineField('percent', { minimum: 0, maximum: 100 }),
    founded: defineField('date'),
    lastAudit: defineField('dateTime'),
    listed: defineField('boolean'),
    tier: defineField('select', { options }),
    tags: defineField('multiSelect', { options }),
    billing: defineField('email'),
    hotline: defineField('phone'),
    site: defineField('url'),
    partner: defineField('lookup', { relationTo: 'accounts' }),
    office: defineField('address'),
    licence: defineField('file'),
    stars: defineField('rating'),
    ref: defineField('autoNumber', { sequence: 'x' }),
    doubled: defineField('formula', { formula: 'headcount * 2' }),
    visits: defineField('group', {
      fields: { on: defineField('date'), cost: defineField('currency') },
      requiredFields: ['on'],
      maxItems: 2,
    }),
    legacy: { ...defineField('integer'), 'x-removed': true },
  },
}

const valid = { code: 'ABC' }
const check = (values: Record<string, unknown>) => validateValues(schema, { ...valid, ...values }, 'en')

describe('every field type accepts what it should', () => {
  it.each([
    ['text', { code: 'XYZ' }],
    ['long text', { notes: '多行\n文本' }],
    ['integer', { headcount: 0 }],
    ['decimal (text)', { ratio: '-0.125' }],
    ['decimal (number, read through its text)', { ratio: 99.999 }],
    ['decimal at its bounds', { ratio: '100' }],
    ['currency', { budget: '1234567.89' }],
    ['percent', { share: '13.5' }],
    ['date', { founded: '2024-02-29' }],
    ['date-time with offset', { lastAudit: '2026-11-27T09:30:00+08:00' }],
    ['boolean', { listed: false }],
    ['select', { tier: 'b' }],
    ['multi select', { tags: ['a', 'b'] }],
    ['email', { billing: 'finance@example.com.cn' }],
    ['mainland mobile', { hotline: '138 1234 5678' }],
    ['mobile with +86', { hotline: '+86 13812345678' }],
    ['landline with extension', { hotline: '021-62345678-123' }],
    ['international', { hotline: '+44 20 7946 0958' }],
    ['url', { site: 'https://例子.中国/路径' }],
    ['lookup by id', { partner: 42 }],
    ['lookup by text id (MongoDB)', { partner: '65a1b2c3d4e5f6a7b8c9d0e1' }],
    ['address', { office: { province: '广东省', city: '深圳市', district: '南山区', street: '科技园路 1 号' } }],
    ['file', { licence: 7 }],
    ['rating', { stars: 5 }],
    ['group', { visits: [{ on: '2026-01-02', cost: '10.50' }, { on: '2026-02-03' }] }],
    ['removed field keeps what it holds', { legacy: 'anything at all' }],
    ['a formula value sent is not the client’s to check (the server recomputes it)', { doubled: 'x' }],
    ['null clears nothing here (the merge removes it)', {}],
  ])('%s', (_, values) => {
    expect(check(values)).toEqual([])
  })
})

describe('every field type refuses what it should, naming the field', () => {
  it.each([
    ['missing required', { code: undefined }, 'custom.code', 'Required.'],
    ['text too long', { code: 'ABCDEFGHIJK' }, 'custom.code', 'At most 10 characters.'],
    ['text pattern', { code: 'abc' }, 'custom.code', 'Not in the expected format.'],
    ['text of wrong type', { code: 12 }, 'custom.code', 'Must be text.'],
    ['long text too long', { notes: 'x'.repeat(21) }, 'custom.notes', 'At most 20 characters.'],
    ['integer with decimals', { headcount: 1.5 }, 'custom.headcount', 'Must be a whole number.'],
    ['integer as text', { headcount: '12' }, 'custom.headcount', 'Must be a whole number.'],
    ['integer under minimum', { headcount: -1 }, 'custom.headcount', 'At least 0.'],
    ['decimal too many places', { ratio: '0.1234' }, 'custom.ratio', 'At most 3 decimal places.'],
    ['decimal too many digits', { ratio: '1000' }, 'custom.ratio', 'At most 3 digits before the decimal point.'],
    ['decimal over maximum', { ratio: '100.001' }, 'custom.ratio', 'At most 100.'],
    ['decimal under minimum', { ratio: '-1.5' }, 'custom.ratio', 'At least -1.'],
    ['decimal not a number', { ratio: '1e3' }, 'custom.ratio', 'Not a number.'],
    ['currency negative', { budget: '-0.01' }, 'custom.budget', 'At least 0.'],
    ['currency cents only', { budget: '1.005' }, 'custom.budget', 'At most 2 decimal places.'],
    ['percent over 100', { share: '100.01' }, 'custom.share', 'At most 100.'],
    ['impossible date', { founded: '2025-02-29' }, 'custom.founded', 'Not a date (YYYY-MM-DD).'],
    ['date in another format', { founded: '2025/01/02' }, 'custom.founded', 'Not a date (YYYY-MM-DD).'],
    [
      'date-time without a zone',
      { lastAudit: '2026-11-27T09:30:00' },
      'custom.lastAudit',
      'Not a date and time with a time zone.',
    ],
    ['boolean as text', { listed: 'yes' }, 'custom.listed', 'Must be yes or no.'],
    ['select unknown option', { tier: 'c' }, 'custom.tier', 'Not one of the options.'],
    ['multi select unknown option', { tags: ['a', 'z'] }, 'custom.tags.1', 'Not one of the options.'],
    ['multi select twice', { tags: ['a', 'a'] }, 'custom.tags', 'Each option only once.'],
    ['email', { billing: 'finance@' }, 'custom.billing', 'Not an email address.'],
    ['phone too short', { hotline: '12345' }, 'custom.hotline', 'Not a phone number.'],
    ['mobile with a wrong prefix', { hotline: '12812345678' }, 'custom.hotline', 'Not a phone number.'],
    ['javascript url', { site: 'javascript:alert(1)' }, 'custom.site', 'Not a web address (http or https).'],
    ['lookup as object', { partner: { id: 1 } }, 'custom.partner', 'Must be a whole number.'],
    ['address with an unknown part', { office: { planet: 'Mars' } }, 'custom.office.planet', 'There is no field "planet".'],
    ['rating over 5', { stars: 6 }, 'custom.stars', 'At most 5.'],
    ['rating of 0', { stars: 0 }, 'custom.stars', 'At least 1.'],
    ['group row missing its required field', { visits: [{ cost: '1.00' }] }, 'custom.visits.0.on', 'Required.'],
    ['group row with a bad value', { visits: [{ on: '2026-01-01', cost: 'ten' }] }, 'custom.visits.0.cost', 'Not a number.'],
    [
      'group over its row limit',
      { visits: [{ on: '2026-01-01' }, { on: '2026-01-02' }, { on: '2026-01-03' }] },
      'custom.visits',
      'At most 2 entries.',
    ],
    ['unknown key', { nickname: 'x' }, 'custom.nickname', 'There is no field "nickname".'],
  ])('%s', (_, values, path, message) => {
    const errors = check(values)
    expect(errors).toContainEqual({ path, message })
  })

  it('refuses keys that reach prototypes, at any depth', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const values = JSON.parse(`{"code":"A","office":{"${key}":{"polluted":true}}}`)
      expect(validateValues(schema, values, 'en')).toEqual([
        { path: `custom.office.${key}`, message: `"${key}" cannot be a field name.` },
      ])
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses values over the size limit', () => {
    expect(validateValues(schema, { code: 'A', notes: 'x'.repeat(300_000) }, 'en')).toEqual([
      { path: 'custom', message: 'The custom values are too large (at most 256 KB).' },
    ])
  })

  it('refuses something that is not an object', () => {
    expect(validateValues(schema, ['code'], 'en')).toEqual([{ path: 'custom', message: 'Must be a group of values.' }])
  })

  it('speaks Chinese to Chinese users', () => {
    expect(validateValues(schema, { code: 'A', ratio: '0.1234', founded: '2025-02-29' }, 'zh')).toEqual([
      { path: 'custom.ratio', message: '最多 3 位小数。' },
      { path: 'custom.founded', message: '不是有效的日期（YYYY-MM-DD）。' },
    ])
  })

  it('on an update, reports only the fields the write touched', () => {
    const stored = { code: 'A', headcount: -5, tier: 'b' } // saved before headcount got its minimum
    expect(validateValues(schema, { ...stored, tier: 'a' }, 'en', new Set(['tier']))).toEqual([])
    expect(validateValues(schema, { ...stored, tier: 'x' }, 'en', new Set(['tier']))).toHaveLength(1)
  })
})
