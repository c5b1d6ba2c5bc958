import type { CustomSchema } from '../customSchema'
import type { Layout, ListViews } from '../layout/types'
import { renameMentions } from './mentions'

const RULES = ['x-visibleWhen', 'x-requiredWhen', 'x-readOnlyWhen', 'x-formula'] as const

type Content = { schema: CustomSchema; layout?: Layout | null; listViews?: ListViews | null }

/**
 * A version's content with `custom.<from>` renamed to `custom.<to>` everywhere it is named: the
 * property (in place, so the field order stays), `required`, every rule and formula, the layout and
 * the list views. Pure.
 */
export function renameInVersion({ schema, layout, listViews }: Content, from: string, to: string): Content {
  const field = (name: string) => (name === `custom.${from}` ? `custom.${to}` : name)
  const properties = Object.fromEntries(
    Object.entries(schema.properties).map(([key, f]) => {
      const next = { ...f }
      for (const rule of RULES) if (typeof next[rule] === 'string') next[rule] = renameMentions(next[rule] as string, from, to)
      return [key === from ? to : key, next]
    }),
  )
  return {
    schema: {
      ...schema,
      properties,
      ...(schema.required ? { required: schema.required.map((k) => (k === from ? to : k)) } : {}),
    },
    layout: layout
      ? {
          ...layout,
          tabs: layout.tabs.map((t) => ({
            ...t,
            sections: t.sections.map((s) => ({
              ...s,
              ...(s.visibleWhen ? { visibleWhen: renameMentions(s.visibleWhen, from, to) } : {}),
              fields: s.fields.map((f) => ({ ...f, field: field(f.field) })),
            })),
          })),
        }
      : layout,
    listViews: listViews
      ? {
          ...listViews,
          views: listViews.views.map((v) => ({
            ...v,
            columns: v.columns.map((c) => ({ ...c, field: field(c.field) })),
            ...(v.sort ? { sort: v.sort.startsWith('-') ? `-${field(v.sort.slice(1))}` : field(v.sort) } : {}),
            ...(v.groupBy ? { groupBy: field(v.groupBy) } : {}),
            ...(v.filters ? { filters: v.filters.map((f) => ({ ...f, field: field(f.field) })) } : {}),
            ...(v.quickFilters ? { quickFilters: v.quickFilters.map(field) } : {}),
            ...(v.cardFields ? { cardFields: v.cardFields.map(field) } : {}),
          })),
        }
      : listViews,
  }
}
