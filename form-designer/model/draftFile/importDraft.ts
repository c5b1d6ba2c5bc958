import type { DesignerDoc } from '../designer/document'
import type { DraftContent } from './readDraftFile'

/**
 * The designer's document with an imported design in place of its own, as one undoable step. A field
 * the published version has and the file does not is kept, marked removed, as removing it in the
 * designer would: its stored values stay until an admin purges them.
 */
export function importDraft(doc: DesignerDoc, content: DraftContent): DesignerDoc {
  const properties = { ...content.schema.properties }
  for (const key of doc.publishedKeys)
    if (!Object.hasOwn(properties, key) && Object.hasOwn(doc.schema.properties, key))
      properties[key] = { ...doc.schema.properties[key], 'x-removed': true }
  return {
    ...doc,
    schema: { ...content.schema, properties },
    layout: content.layout,
    listViews: content.listViews,
  }
}
