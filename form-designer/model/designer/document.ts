import type { CustomSchema } from '../../../src/customFields/customSchema'
import type { Layout, LayoutSection, ListViews } from '../../../src/customFields/layout/types'
import type { FieldLevel } from '../../../src/fieldPermissions/levels'

/**
 * What the designer edits: one entity version's schema, layout and list views, plus the keys the
 * published version already has (removing one of those hides it instead of dropping its data).
 * Plain data: every action returns a new document, or the same one when nothing changes.
 */
export type DesignerDoc = {
  schema: CustomSchema
  layout: Layout
  listViews: ListViews
  publishedKeys: readonly string[]
  /** Base fields' levels per role key (custom fields carry theirs as `x-permissions`); saved with the version. */
  fieldPermissions?: BasePermissions
  /** Base fields the collection requires: a role can only see those masked, never hidden or read-only. */
  requiredBaseFields?: readonly string[]
}

/** `{ "<base field>": { "<role key>": level } }`, as the entity-schemas version stores it. */
export type BasePermissions = Record<string, Record<string, FieldLevel>>

/** Where a field sits: tab, section and position in the section. */
export type Place = { tab: number; section: number; index: number }

/** A drop target: a section (by id) and a position in it. */
export type Target = { section: string; index: number }

export function findField(layout: Layout, field: string): Place | null {
  for (const [tab, t] of layout.tabs.entries())
    for (const [section, s] of t.sections.entries()) {
      const index = s.fields.findIndex((f) => f.field === field)
      if (index >= 0) return { tab, section, index }
    }
  return null
}

export function findSection(layout: Layout, id: string): { tab: number; section: number } | null {
  for (const [tab, t] of layout.tabs.entries()) {
    const section = t.sections.findIndex((s) => s.id === id)
    if (section >= 0) return { tab, section }
  }
  return null
}

/** A copy of the layout with one section replaced. */
export function withSection(layout: Layout, at: { tab: number; section: number }, next: LayoutSection): Layout {
  return {
    ...layout,
    tabs: layout.tabs.map((t, ti) =>
      ti === at.tab ? { ...t, sections: t.sections.map((s, si) => (si === at.section ? next : s)) } : t,
    ),
  }
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
