/**
 * The formats of an entity version's `layout` and `listViews`: what the designer edits and what the
 * renderer and the list pages read. Fields are named as in queries: a base field's name (`name`,
 * `status`) or `custom.<key>`. Both formats carry a version so they can evolve without guessing.
 */
export type Labels = { en?: string; zh?: string }

/** A field placed in a section, spanning 1–4 of the section's columns. */
export type LayoutField = { field: string; span?: number }

export type LayoutSection = {
  id: string
  label?: Labels
  /** 1 to 4 columns; a field spans 1 by default. */
  columns: number
  /** A rule of the rule language: the section shows only while it holds. */
  visibleWhen?: string
  fields: LayoutField[]
}

export type LayoutTab = { id: string; label: Labels; sections: LayoutSection[] }

/** The form: tabs of sections of fields. Fields not placed anywhere are shown after the layout. */
export type Layout = { version: 1; tabs: LayoutTab[] }

export const LIST_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
] as const
export type ListOperator = (typeof LIST_OPERATORS)[number]

export type ListColumn = { field: string; width?: number }
export type ListFilter = { field: string; operator: ListOperator; value?: unknown }

/** A designed list: its columns, default sort and filters, page size; or a kanban board. */
export type ListView = {
  id: string
  label: Labels
  kind: 'table' | 'kanban'
  columns: ListColumn[]
  /** `field` or `-field`, as in the REST API. */
  sort?: string
  /** Always applied (AND): what makes "my open deals" what it is. */
  filters?: ListFilter[]
  /** Fields offered as one-click filters above the list. */
  quickFilters?: string[]
  pageSize: number
  /** Kanban: the select field whose options are the board's columns, and the fields on each card. */
  groupBy?: string
  cardFields?: string[]
  /** The view a list opens with; at most one. */
  default?: boolean
}

export type ListViews = { version: 1; views: ListView[] }

export const PAGE_SIZES = [10, 20, 50, 100] as const
export const LIMITS = { tabs: 20, sections: 50, listViews: 50, columns: 40, filters: 20, width: [60, 800] as const }

/** A base field as the layout checks see it: its name, Payload type and whether it has options. */
export type BaseField = { name: string; type: string; hasOptions?: boolean }
