import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../customFields/customSchema'
import { defineField } from '../customFields/defineField'
import { readSubmission } from './readSubmission'
import type { PublicFormDefinition } from './types'

const definition: PublicFormDefinition = {
  tenant: { slug: 'acme', name: 'Acme', language: 'zh' },
  form: { slug: 'contact', title: { en: 'Contact' }, intro: {} },
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    required: ['topic'],
    properties: {
      topic: defineField('select', {
        options: [
          { value: 'sales', label: { en: 'Sales' } },
          { value: 'repair', label: { en: 'Repair' } },
        ],
      }),
      serial: {
        ...defineField('text'),
        'x-visibleWhen': "custom.topic == 'repair'",
        'x-requiredWhen': "custom.topic == 'repair'",
      },
      urgent: { ...defineField('boolean'), 'x-visibleWhen': "custom.channel == 'phone'" },
    },
  },
  layout: {
    version: 1,
    tabs: [
      {
        id: 'form',
        label: { en: 'Contact' },
        sections: [
          {
            id: 'fields',
            columns: 1,
            fields: [{ field: 'name' }, { field: 'custom.topic' }, { field: 'custom.serial' }, { field: 'custom.urgent' }],
          },
        ],
      },
    ],
  },
  baseFields: [{ name: 'name', type: 'text', label: { en: 'Name' }, required: true }],
  dictionaries: {},
  ruleValues: { custom: { channel: 'web' } },
  honeypot: 'website',
}

const read = (body: unknown, language: 'en' | 'zh' = 'en') => readSubmission(definition, body, language)

describe('reading a submission', () => {
  it('keeps the values of the fields the visitor could see', () => {
    expect(read({ values: { name: 'Li', custom: { topic: 'repair', serial: 'SN-1' } }, website: '' })).toEqual({
      values: { name: 'Li', custom: { topic: 'repair', serial: 'SN-1' } },
      errors: [],
    })
  })

  it('drops values of fields the rules hide, also when a fixed value hides them', () => {
    expect(read({ values: { name: 'Li', custom: { topic: 'sales', serial: 'SN-1', urgent: true } } }).values).toEqual({
      name: 'Li',
      custom: { topic: 'sales' },
    })
  })

  it('names the required fields left empty, rules included, in the visitor’s language', () => {
    expect(read({ values: { name: '', custom: { topic: 'repair' } } }, 'zh').errors).toEqual([
      { path: 'name', message: '此项必填。' },
      { path: 'custom.serial', message: '此项必填。' },
    ])
  })

  it.each([
    [{ values: { name: 'Li', tenant: 2, custom: { topic: 'sales' } } }, ['tenant']],
    [{ values: { name: 'Li', custom: { topic: 'sales', channel: 'phone', secret: 1 } } }, ['custom.channel', 'custom.secret']],
    [{ values: { name: 'Li', custom: { topic: 'sales' } }, owner: 3 }, ['owner']],
    [{ values: { name: 'Li', custom: 'sales' } }, ['custom']],
    [{ values: ['Li'] }, ['values']],
    [null, ['values']],
  ])('refuses what the form does not show: %j', (body, paths) => {
    const { values, errors } = read(body)
    expect(errors.map((e) => e.path)).toEqual(paths)
    expect(values).toEqual({})
  })

  it.each([
    [{ name: { $gt: '' } }, 'an object'],
    [{ name: ['Li', 'Wang'] }, 'a list for a single value'],
  ])('refuses %j in a base field (%s) naming it', (values, _) => {
    expect(read({ values: { ...values, custom: { topic: 'sales' } } }, 'zh').errors).toEqual([
      { path: 'name', message: '该字段的值无效。' },
    ])
  })

  it('refuses a submission larger than a form of text fields can be', () => {
    const errors = read({ values: { name: 'x'.repeat(70_000), custom: { topic: 'sales' } } }).errors
    expect(errors).toEqual([{ path: 'values', message: 'The submission is too large (at most 64 KB).' }])
  })

  it('refuses a key that would reach a prototype like any other unknown field', () => {
    const body = JSON.parse('{"values":{"name":"Li","__proto__":{"admin":true},"custom":{"topic":"sales"}}}')
    expect(read(body).errors.map((e) => e.path)).toEqual(['__proto__'])
  })
})
