import type { LayoutSection } from '../../../src/customFields/layout/types'
import { clamp, type DesignerDoc, findSection, withSection } from './document'

const freeId = (doc: DesignerDoc, stem: string) => {
  const used = new Set(doc.layout.tabs.flatMap((t) => [t.id, ...t.sections.map((s) => s.id)]))
  for (let n = 1; ; n++) if (!used.has(`${stem}${n}`)) return `${stem}${n}`
}

/** A new empty section in a tab, at a position; its id is returned in the document's layout. */
export function addSection(
  doc: DesignerDoc,
  tab: number,
  index: number,
  label: LayoutSection['label'],
  columns = 2,
): DesignerDoc {
  if (!doc.layout.tabs[tab]) return doc
  const section: LayoutSection = {
    id: freeId(doc, 'section'),
    columns: clamp(columns, 1, 4),
    fields: [],
    ...(label ? { label } : {}),
  }
  const sections = [...doc.layout.tabs[tab].sections]
  sections.splice(clamp(index, 0, sections.length), 0, section)
  return { ...doc, layout: { ...doc.layout, tabs: doc.layout.tabs.map((t, i) => (i === tab ? { ...t, sections } : t)) } }
}

/** Sets a section's number of columns; spans wider than the new count shrink with it. */
export function setColumns(doc: DesignerDoc, id: string, columns: number): DesignerDoc {
  const at = findSection(doc.layout, id)
  if (!at) return doc
  const section = doc.layout.tabs[at.tab].sections[at.section]
  const next = clamp(Math.round(columns), 1, 4)
  if (next === section.columns) return doc
  const fields = section.fields.map((f) => (f.span && f.span > next ? { ...f, span: next } : f))
  return { ...doc, layout: withSection(doc.layout, at, { ...section, columns: next, fields }) }
}

/** Changes a section's label or rule (undefined removes it). */
export function updateSection(doc: DesignerDoc, id: string, patch: Pick<LayoutSection, 'label' | 'visibleWhen'>): DesignerDoc {
  const at = findSection(doc.layout, id)
  if (!at) return doc
  const section = doc.layout.tabs[at.tab].sections[at.section]
  const next = { ...section, ...patch }
  for (const key of Object.keys(patch) as (keyof typeof patch)[]) if (patch[key] === undefined) delete next[key]
  if (JSON.stringify(next) === JSON.stringify(section)) return doc
  return { ...doc, layout: withSection(doc.layout, at, next) }
}

/** Moves a section to a position in a tab (the same tab or another). */
export function moveSection(doc: DesignerDoc, id: string, tab: number, index: number): DesignerDoc {
  const at = findSection(doc.layout, id)
  if (!at || !doc.layout.tabs[tab]) return doc
  if (at.tab === tab && clamp(index, 0, doc.layout.tabs[tab].sections.length - 1) === at.section) return doc
  const section = doc.layout.tabs[at.tab].sections[at.section]
  const tabs = doc.layout.tabs.map((t, i) => (i === at.tab ? { ...t, sections: t.sections.filter((s) => s.id !== id) } : t))
  const sections = [...tabs[tab].sections]
  sections.splice(clamp(index, 0, sections.length), 0, section)
  tabs[tab] = { ...tabs[tab], sections }
  return { ...doc, layout: { ...doc.layout, tabs } }
}

/** Removes a section; its fields leave the canvas (custom fields stay defined, shown after the layout). */
export function removeSection(doc: DesignerDoc, id: string): DesignerDoc {
  const at = findSection(doc.layout, id)
  if (!at) return doc
  const tabs = doc.layout.tabs.map((t, i) => (i === at.tab ? { ...t, sections: t.sections.filter((s) => s.id !== id) } : t))
  return { ...doc, layout: { ...doc.layout, tabs } }
}

/** A new tab with one empty section, at the end. */
export function addTab(doc: DesignerDoc, label: { en?: string; zh?: string }): DesignerDoc {
  const id = freeId(doc, 'tab')
  const withTab = { ...doc, layout: { ...doc.layout, tabs: [...doc.layout.tabs, { id, label, sections: [] }] } }
  return addSection(withTab, withTab.layout.tabs.length - 1, 0, undefined)
}

/** Removes a tab and its sections (their fields leave the canvas); the last tab stays. */
export function removeTab(doc: DesignerDoc, tab: number): DesignerDoc {
  if (doc.layout.tabs.length <= 1 || !doc.layout.tabs[tab]) return doc
  return { ...doc, layout: { ...doc.layout, tabs: doc.layout.tabs.filter((_, i) => i !== tab) } }
}
