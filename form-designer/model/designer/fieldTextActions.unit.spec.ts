import { describe, expect, it } from 'vitest'
import { DRAFT_2020_12 } from '../../../src/customFields/customSchema'
import { defineField } from '../../../src/customFields/defineField'
import { type DesignerDoc, setFieldText } from '.'

const doc: DesignerDoc = Object.freeze({
  publishedKeys: [],
  schema: {
    $schema: DRAFT_2020_12,
    type: 'object',
    additionalProperties: false,
    properties: { site: { ...defineField('text', { label: { zh: '地址', en: 'Site' } }), 'x-help': { zh: '门牌号' } } },
  },
  layout: { version: 1, tabs: [] },
  listViews: { version: 1, views: [] },
}) as DesignerDoc

describe('texts of a field in both languages', () => {
  it.each([
    ['x-help', 'en', 'House number', { zh: '门牌号', en: 'House number' }],
    ['x-placeholder', 'zh', '例如：人民路 1 号', { zh: '例如：人民路 1 号' }],
    ['x-placeholder', 'en', 'e.g. 1 Main St', { en: 'e.g. 1 Main St' }],
    ['x-label', 'en', 'Site ', { zh: '地址', en: 'Site ' }],
  ] as const)('sets %s in %s, keeping the other language and spaces as typed', (keyword, language, text, expected) => {
    const next = setFieldText(doc, 'site', keyword, language, text)
    expect(next.schema.properties.site[keyword]).toEqual(expected)
    expect(doc.schema.properties.site['x-help']).toEqual({ zh: '门牌号' }) // never mutated
  })

  it('drops an emptied language, and the keyword once no language is left', () => {
    const emptied = setFieldText(doc, 'site', 'x-help', 'zh', '')
    expect(emptied.schema.properties.site).not.toHaveProperty('x-help')
    const label = setFieldText(doc, 'site', 'x-label', 'en', '')
    expect(label.schema.properties.site['x-label']).toEqual({ zh: '地址' })
  })

  it('returns the same document when nothing changes or the field does not exist', () => {
    expect(setFieldText(doc, 'site', 'x-help', 'zh', '门牌号')).toBe(doc)
    expect(setFieldText(doc, 'site', 'x-placeholder', 'en', '')).toBe(doc)
    expect(setFieldText(doc, 'missing', 'x-help', 'en', 'x')).toBe(doc)
  })
})
