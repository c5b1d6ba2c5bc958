import type { FieldType } from '../../src/customFields/fieldTypes'
import type { BaseField, Labels } from '../../src/customFields/layout/types'
import { type DesignerDoc, draggedOf, findSection, type ProblemPlace } from '../model/designer'
import { sayIn, TYPE_LABELS } from './texts'

type Entity = { baseFields: (BaseField & { label: Labels })[] }

/**
 * What the designer calls things, in the admin's language: base and custom fields (with their type),
 * what is being dragged or dropped on (for screen readers), and the place a problem is at.
 */
export function designerLabels(entity: Entity, doc: DesignerDoc | undefined, language: 'en' | 'zh') {
  const say = sayIn(language)
  const pick = (labels: Labels | undefined) => labels?.[language] ?? labels?.en ?? labels?.zh
  const baseLabel = (name: string) => pick(entity.baseFields.find((b) => b.name === name)?.label) ?? name
  const labelOf = (field: string) => {
    if (!field.startsWith('custom.') || !doc)
      return { label: baseLabel(field), type: language === 'zh' ? '基础字段' : 'base field' }
    const f = doc.schema.properties[field.slice(7)]
    return {
      label: f?.['x-label']?.[language] ?? f?.['x-label']?.en ?? field.slice(7),
      type: TYPE_LABELS[f?.['x-type'] as FieldType]?.[language] ?? '',
    }
  }
  const sectionTitle = (id: string) => {
    const at = doc ? findSection(doc.layout, id) : null
    const section = at && doc ? doc.layout.tabs[at.tab].sections[at.section] : undefined
    return pick(section?.label) ?? say('section')
  }
  const nameOfDragged = (id: string | number | undefined | null) => {
    const dragged = id == null ? null : draggedOf(String(id))
    if (dragged?.kind === 'palette') return TYPE_LABELS[dragged.type as FieldType]?.[language] ?? dragged.type
    if (dragged?.kind === 'field') return labelOf(dragged.field).label
    return String(id).startsWith('section:') ? sectionTitle(String(id).slice(8)) : say('section')
  }
  const nameOfPlace = (place: ProblemPlace) => {
    if (place.kind === 'field') return labelOf(place.field).label
    if (place.kind === 'section') return sectionTitle(place.id)
    if (place.kind === 'view') return pick(doc?.listViews.views.find((v) => v.id === place.id)?.label) ?? place.id
    return ''
  }
  return { baseLabel, labelOf, nameOfDragged, nameOfPlace }
}
