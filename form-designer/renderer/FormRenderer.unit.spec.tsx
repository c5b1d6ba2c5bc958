import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { CustomSchema } from '../../src/customFields/customSchema'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { FIELD_TYPES } from '../../src/customFields/fieldTypes'
import { formModel } from '../model/form'
import { FormRenderer } from './FormRenderer'

const every: CustomSchema = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  required: ['tier'],
  properties: Object.fromEntries(
    FIELD_TYPES.map((type) => [
      type,
      defineField(type, {
        label: { en: `The ${type}`, zh: `字段${type}` },
        options: [{ value: 'a', label: { en: 'Option A', zh: '选项甲' } }],
        fields: { on: defineField('date', { label: { en: 'On' } }) },
        formula: '1 + 1',
      }),
    ]),
  ),
}
every.required = ['text']

const draw = (record: Record<string, unknown>, language: 'en' | 'zh', errors = {}) =>
  renderToStaticMarkup(
    <FormRenderer
      tabs={formModel({ schema: every, layout: null, record, language })}
      record={record}
      onChange={() => undefined}
      errors={errors}
      language={language}
    />,
  )

describe('the form renderer', () => {
  it('draws a labelled widget for every field type, labels tied to inputs', () => {
    const html = draw({ custom: { text: 'hello', integer: 12, select: 'a', boolean: true, group: [{ on: '2026-11-27' }] } }, 'en')
    for (const type of FIELD_TYPES) {
      expect(html).toContain(`The ${type}`)
      expect(html).toMatch(new RegExp(`for="fw-custom-${type}"[^>]*>The ${type}`))
      expect(html).toContain(`id="fw-custom-${type}"`)
    }
    expect(html).toContain('value="hello"')
    expect(html).toContain('<option value="a" selected="">Option A</option>')
    expect(html).toContain('type="date"')
    expect(html).toContain('type="datetime-local"')
    expect(html).toContain('value="2026-11-27"')
  })

  it('speaks Chinese, marks required fields and shows errors next to their field, announced', () => {
    const html = draw({ custom: {} }, 'zh', { 'custom.email': ['不是电子邮件地址。'] })
    expect(html).toContain('字段text')
    expect(html).toContain('选项甲')
    expect(html).toMatch(/字段text<span[^>]*aria-hidden="true"> \*<\/span>/)
    expect(html).toMatch(
      /id="fw-custom-email"[^>]*aria-invalid="true"[^>]*aria-describedby="fw-custom-email-error"|aria-invalid="true" aria-describedby="fw-custom-email-error"/,
    )
    expect(html).toContain('<div id="fw-custom-email-error" class="')
    expect(html).toContain('role="alert">不是电子邮件地址。</div>')
  })

  it('leaves out fields whose rule hides them', () => {
    const schema: CustomSchema = {
      ...every,
      required: [],
      properties: {
        tier: every.properties.select,
        reason: { ...defineField('text', { label: { en: 'Reason' } }), 'x-visibleWhen': "custom.tier == 'a'" },
      },
    }
    const render = (record: Record<string, unknown>) =>
      renderToStaticMarkup(
        <FormRenderer
          tabs={formModel({ schema, layout: null, record, language: 'en' })}
          record={record}
          onChange={() => undefined}
          language="en"
        />,
      )
    expect(render({ custom: {} })).not.toContain('Reason')
    expect(render({ custom: { tier: 'a' } })).toContain('Reason')
  })

  it('estimates each section’s height from its visible rows, for the sections drawn only near the screen', () => {
    const schema: CustomSchema = {
      ...every,
      required: [],
      properties: { a: defineField('text'), b: defineField('text'), c: defineField('longText') },
    }
    const layout = {
      version: 1 as const,
      tabs: [
        {
          id: 'main',
          label: { en: 'Main' },
          sections: [
            { id: 's1', columns: 2, fields: [{ field: 'custom.a' }, { field: 'custom.b' }, { field: 'custom.c', span: 2 }] },
          ],
        },
      ],
    }
    const html = renderToStaticMarkup(
      <FormRenderer
        tabs={formModel({ schema, layout, record: { custom: {} }, language: 'en' })}
        record={{ custom: {} }}
        onChange={() => undefined}
        language="en"
      />,
    )
    // Two rows (a and b side by side, then c across both columns).
    expect(html).toMatch(/<fieldset class="[^"]*" style="--estimated-height:192px">/)
  })

  it('passes the host’s autofill hints to base fields, so phones fill a visitor’s name and email', () => {
    const baseFields = [
      { name: 'name', type: 'text', label: { en: 'Name' }, autoComplete: 'name' },
      { name: 'email', type: 'email', label: { en: 'Email' }, autoComplete: 'email' },
      { name: 'company', type: 'text', label: { en: 'Company' } },
    ]
    const layout = {
      version: 1 as const,
      tabs: [
        { id: 't', label: { en: 'T' }, sections: [{ id: 's', columns: 1, fields: baseFields.map((f) => ({ field: f.name })) }] },
      ],
    }
    const record = { custom: {} }
    const html = renderToStaticMarkup(
      <FormRenderer
        tabs={formModel({ schema: { ...every, required: [], properties: {} }, layout, record, language: 'en', baseFields })}
        record={record}
        onChange={() => undefined}
        language="en"
      />,
    )
    expect(html).toMatch(/id="fw-name"[^>]*autocomplete="name"/i)
    expect(html).toMatch(/type="email"[^>]*autocomplete="email"/i)
    expect(html).not.toMatch(/id="fw-company"[^>]*autocomplete/i)
  })
})
