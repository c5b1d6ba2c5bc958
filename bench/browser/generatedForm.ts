import type { CustomSchema, FieldSchema } from '../../src/customFields/customSchema'
import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'
import { FIELD_TYPES, type FieldType } from '../../src/customFields/fieldTypes'
import type { BaseField, Labels, Layout, ListViews } from '../../src/customFields/layout/types'

export type GeneratedForm = {
  schema: CustomSchema
  layout: Layout
  listViews: ListViews
  baseFields: (BaseField & { label: Labels })[]
}

const options = [1, 2, 3, 4, 5].map((n) => ({ value: `o${n}`, label: { zh: `选项${n}`, en: `Option ${n}` } }))

function fieldOf(type: FieldType, n: number): FieldSchema {
  const label = { zh: `字段 ${n}（${type}）`, en: `Field ${n} (${type})` }
  if (type === 'lookup') return defineField(type, { label, relationTo: 'accounts' })
  if (type === 'file') return defineField(type, { label, relationTo: 'documents' })
  if (type === 'group') return defineField(type, { label, fields: { on: defineField('date'), note: defineField('text') } })
  if (type === 'formula') return defineField(type, { label, formula: 'round(custom.f3 * 1.13, 2)' })
  return defineField(type, { label, options })
}

/**
 * A form of `count` custom fields of every type in turn (what an ambitious admin builds), a tenth of
 * them shown by a rule and a tenth required, placed in sections of 20 on one tab so that all of them
 * are drawn at once: the renderer's worst case. Field 0 is a select the rules read; field 3 a number
 * the formulas read. `types` narrows the mix (to see what one widget costs).
 */
export function generatedForm(count: number, types: readonly FieldType[] = FIELD_TYPES): GeneratedForm {
  const properties: Record<string, FieldSchema> = {}
  const required: string[] = []
  for (let n = 0; n < count; n++) {
    const type = n === 0 ? 'select' : n === 3 ? 'decimal' : types[n % types.length]
    const field = fieldOf(type, n)
    if (n > 3 && n % 10 === 5) field['x-visibleWhen'] = "custom.f0 != 'o5'"
    if (n > 3 && n % 10 === 7 && type !== 'formula' && type !== 'autoNumber') required.push(`f${n}`)
    properties[`f${n}`] = field
  }
  const keys = Object.keys(properties)
  const sections = Array.from({ length: Math.ceil(count / 20) }, (_, s) => ({
    id: `s${s}`,
    label: { zh: `分区 ${s + 1}`, en: `Section ${s + 1}` },
    columns: 2,
    fields: keys.slice(s * 20, s * 20 + 20).map((key) => {
      const type = properties[key]['x-type']
      return type === 'group' || type === 'longText' ? { field: `custom.${key}`, span: 2 } : { field: `custom.${key}` }
    }),
  }))
  return {
    schema: { $schema: DRAFT_2020_12, type: 'object', additionalProperties: false, properties, required },
    layout: { version: 1, tabs: [{ id: 'main', label: { zh: '详细信息', en: 'Details' }, sections }] },
    listViews: {
      version: 1,
      views: [
        { id: 'all', label: { zh: '全部', en: 'All' }, kind: 'table', columns: [{ field: 'name' }], pageSize: 20, default: true },
      ],
    },
    baseFields: [{ name: 'name', type: 'text', label: { zh: '名称', en: 'Name' } }],
  }
}
