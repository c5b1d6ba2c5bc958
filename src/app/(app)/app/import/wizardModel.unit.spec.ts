import { describe, expect, it } from 'vitest'
import { applyTemplate, assign, lookupFields, missingRequired, type TargetField, toBase64 } from './wizardModel'

const fields: TargetField[] = [
  { path: 'name', label: { en: 'Name' }, kind: 'text', required: true },
  { path: 'status', label: { en: 'Status' }, kind: 'select', required: true, hasDefault: true },
  { path: 'email', label: { en: 'Email' }, kind: 'email', required: false },
  { path: 'account', label: { en: 'Account' }, kind: 'lookup', required: false, relationTo: 'accounts' },
]

describe('the import wizard model', () => {
  it('keeps one column per field', () => {
    let m = assign({}, '姓名', 'name')
    m = assign(m, '联系人', 'name')
    expect(m).toEqual({ 联系人: 'name' })
    expect(assign(m, '联系人', '')).toEqual({})
  })

  it('names required fields nothing goes into, not those the server fills', () => {
    expect(missingRequired(fields, {}).map((f) => f.path)).toEqual(['name'])
    expect(missingRequired(fields, { 姓名: 'name' })).toEqual([])
  })

  it('lists mapped lookups in column order, and applies a template to the columns present only', () => {
    expect(lookupFields(fields, { 客户: 'account', 姓名: 'name' }, ['姓名', '客户']).map((f) => f.path)).toEqual(['account'])
    expect(applyTemplate({ 姓名: 'name', 旧列: 'email', 邮箱: 'gone' }, ['姓名', '邮箱'], fields)).toEqual({ 姓名: 'name' })
  })

  it('encodes large files to base64 exactly', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256)
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
  })
})
