import type { Layout } from '../../../src/customFields/layout/types'
import { findField, type Target } from './document'

/** The ids drag and drop works with: palette entries, fields on the canvas, sections. */
export const paletteId = (type: string) => `palette:${type}`
export const fieldId = (field: string) => `field:${field}`
export const sectionId = (id: string) => `section:${id}`

export type Dragged = { kind: 'palette'; type: string } | { kind: 'field'; field: string }

export function draggedOf(id: string): Dragged | null {
  if (id.startsWith('palette:')) return { kind: 'palette', type: id.slice(8) }
  if (id.startsWith('field:')) return { kind: 'field', field: id.slice(6) }
  return null
}

/**
 * Where a drop over `overId` puts things: over a section, at its end; over a field, at that field's
 * position (so dragging down a list lands after the field passed, as dnd-kit's sortable lists do).
 */
export function dropTarget(layout: Layout, overId: string): Target | null {
  if (overId.startsWith('section:')) {
    const id = overId.slice(8)
    const section = layout.tabs.flatMap((t) => t.sections).find((s) => s.id === id)
    return section ? { section: id, index: section.fields.length } : null
  }
  if (overId.startsWith('field:')) {
    const at = findField(layout, overId.slice(6))
    return at ? { section: layout.tabs[at.tab].sections[at.section].id, index: at.index } : null
  }
  return null
}
