import type { FieldSchema } from '../../../src/customFields/customSchema'
import { defineField, type FieldDefinition } from '../../../src/customFields/defineField'
import type { FieldType } from '../../../src/customFields/fieldTypes'
import type { Layout, LayoutField } from '../../../src/customFields/layout/types'
import { clamp, type DesignerDoc, findField, findSection, type Target, withSection } from './document'

/** Takes a field out of the layout (nothing when it is not placed). */
function unplace(layout: Layout, field: string): Layout {
  const at = findField(layout, field)
  if (!at) return layout
  const section = layout.tabs[at.tab].sections[at.section]
  return withSection(layout, at, { ...section, fields: section.fields.filter((_, i) => i !== at.index) })
}

/** Puts a field entry at a target position, its span clamped to the section's columns. */
function placeAt(layout: Layout, entry: LayoutField, target: Target): Layout {
  const at = findSection(layout, target.section)
  if (!at) return layout
  const section = layout.tabs[at.tab].sections[at.section]
  const fields = [...section.fields]
  const span = entry.span === undefined ? undefined : clamp(entry.span, 1, section.columns)
  fields.splice(clamp(target.index, 0, fields.length), 0, span === undefined ? { field: entry.field } : { ...entry, span })
  return withSection(layout, at, { ...section, fields })
}

/** A new custom field of a type, defined with the given settings and dropped at a target. */
export function addField(
  doc: DesignerDoc,
  type: FieldType,
  key: string,
  target: Target,
  definition: FieldDefinition = {},
): DesignerDoc {
  if (Object.hasOwn(doc.schema.properties, key) || !findSection(doc.layout, target.section)) return doc
  const schema = { ...doc.schema, properties: { ...doc.schema.properties, [key]: defineField(type, definition) } }
  if (definition.required) schema.required = [...(doc.schema.required ?? []), key]
  return { ...doc, schema, layout: placeAt(doc.layout, { field: `custom.${key}` }, target) }
}

/**
 * Moves a field (base or custom) to a target: a reorder in its section, a move to another section or
 * tab, or a first placement of a field not yet on the canvas. The index is where it lands once it has
 * left its old place, so "move to the end" is the target section's length after removal.
 */
export function moveField(doc: DesignerDoc, field: string, target: Target): DesignerDoc {
  const from = findField(doc.layout, field)
  const to = findSection(doc.layout, target.section)
  if (!to) return doc
  if (from && from.tab === to.tab && from.section === to.section) {
    const fields = doc.layout.tabs[from.tab].sections[from.section].fields
    const index = clamp(target.index, 0, fields.length - 1)
    if (index === from.index) return doc
  }
  const entry = from ? doc.layout.tabs[from.tab].sections[from.section].fields[from.index] : { field }
  return { ...doc, layout: placeAt(unplace(doc.layout, field), entry, target) }
}

/** How many of its section's columns a field spans. */
export function setSpan(doc: DesignerDoc, field: string, span: number): DesignerDoc {
  const at = findField(doc.layout, field)
  if (!at) return doc
  const section = doc.layout.tabs[at.tab].sections[at.section]
  const next = clamp(Math.round(span), 1, section.columns)
  if ((section.fields[at.index].span ?? 1) === next) return doc
  const fields = section.fields.map((f, i) => (i === at.index ? { ...f, span: next } : f))
  return { ...doc, layout: withSection(doc.layout, at, { ...section, fields }) }
}

/** Drops a field from every list view (columns, quick filters, cards, filters, sort). */
function withoutInLists(doc: DesignerDoc, field: string): DesignerDoc['listViews'] {
  return {
    ...doc.listViews,
    views: doc.listViews.views.map((v) => ({
      ...v,
      columns: v.columns.filter((c) => c.field !== field),
      ...(v.quickFilters ? { quickFilters: v.quickFilters.filter((f) => f !== field) } : {}),
      ...(v.cardFields ? { cardFields: v.cardFields.filter((f) => f !== field) } : {}),
      ...(v.filters ? { filters: v.filters.filter((f) => f.field !== field) } : {}),
      ...(v.sort?.replace(/^-/, '') === field ? { sort: undefined } : {}),
    })),
  }
}

/**
 * Removes a field from the form. A base field only leaves the canvas (it cannot be deleted). A custom
 * field new in this draft disappears; one the published version has is marked removed — its values
 * stay stored, hidden, until an admin purges them. Rules that still read it are the caller's to check
 * (`referencesTo`) before offering this.
 */
export function removeField(doc: DesignerDoc, field: string): DesignerDoc {
  const layout = unplace(doc.layout, field)
  if (!field.startsWith('custom.')) return layout === doc.layout ? doc : { ...doc, layout }
  const key = field.slice(7)
  if (!Object.hasOwn(doc.schema.properties, key)) return doc
  const properties = { ...doc.schema.properties }
  if (doc.publishedKeys.includes(key)) properties[key] = { ...properties[key], 'x-removed': true }
  else delete properties[key]
  const required = (doc.schema.required ?? []).filter((k) => k !== key)
  return {
    ...doc,
    schema: { ...doc.schema, properties, ...(doc.schema.required ? { required } : {}) },
    layout,
    listViews: withoutInLists(doc, field),
  }
}

/** Changes a custom field's settings: a patch of its JSON Schema (labels, constraints, rules…). */
export function updateField(doc: DesignerDoc, key: string, patch: Partial<FieldSchema>, required?: boolean): DesignerDoc {
  const current = doc.schema.properties[key]
  if (!current) return doc
  const next = { ...current, ...patch } as FieldSchema
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k]
  const isRequired = (doc.schema.required ?? []).includes(key)
  const wantRequired = required ?? isRequired
  if (JSON.stringify(next) === JSON.stringify(current) && wantRequired === isRequired) return doc
  const others = (doc.schema.required ?? []).filter((k) => k !== key)
  return {
    ...doc,
    schema: {
      ...doc.schema,
      properties: { ...doc.schema.properties, [key]: next },
      required: wantRequired ? [...others, key] : others,
    },
  }
}

/**
 * Changes the key of a field this draft adds (a published key keeps its stored values under its name:
 * renaming those is the engine's migration). Layout and list views follow; a taken key changes nothing.
 */
export function renameKey(doc: DesignerDoc, from: string, to: string): DesignerDoc {
  if (from === to || doc.publishedKeys.includes(from) || !Object.hasOwn(doc.schema.properties, from)) return doc
  if (Object.hasOwn(doc.schema.properties, to)) return doc
  const properties = Object.fromEntries(Object.entries(doc.schema.properties).map(([k, v]) => [k === from ? to : k, v]))
  const rename = (field: string) => (field === `custom.${from}` ? `custom.${to}` : field)
  return {
    ...doc,
    schema: {
      ...doc.schema,
      properties,
      ...(doc.schema.required ? { required: doc.schema.required.map((k) => (k === from ? to : k)) } : {}),
    },
    layout: {
      ...doc.layout,
      tabs: doc.layout.tabs.map((t) => ({
        ...t,
        sections: t.sections.map((s) => ({ ...s, fields: s.fields.map((f) => ({ ...f, field: rename(f.field) })) })),
      })),
    },
    listViews: {
      ...doc.listViews,
      views: doc.listViews.views.map((v) => ({
        ...v,
        columns: v.columns.map((c) => ({ ...c, field: rename(c.field) })),
        ...(v.sort ? { sort: v.sort.startsWith('-') ? `-${rename(v.sort.slice(1))}` : rename(v.sort) } : {}),
      })),
    },
  }
}
