import type { CustomSchema } from '../customSchema'
import type { BaseField, Layout } from './types'

/**
 * The form an entity has before anyone designs it: its base fields in two columns, then its custom
 * fields in a section of their own. The designer starts from it; the renderer falls back to it.
 */
export function defaultLayout(baseFields: readonly BaseField[], schema: CustomSchema): Layout {
  const custom = Object.entries(schema.properties)
    .filter(([, field]) => !field['x-removed'])
    .map(([key, field]) => ({
      field: `custom.${key}`,
      span: field['x-type'] === 'group' || field['x-type'] === 'longText' ? 2 : 1,
    }))
  return {
    version: 1,
    tabs: [
      {
        id: 'main',
        label: { en: 'Details', zh: '详细信息' },
        sections: [
          {
            id: 'basics',
            label: { en: 'Basics', zh: '基本信息' },
            columns: 2,
            fields: baseFields.map((f) => ({ field: f.name })),
          },
          ...(custom.length > 0 ? [{ id: 'custom', label: { en: 'More', zh: '更多信息' }, columns: 2, fields: custom }] : []),
        ],
      },
    ],
  }
}
