import type { Labels } from '../../../src/customFields/layout/types'
import type { DesignerDoc } from './document'
import { updateField } from './fieldActions'

/** The texts a field carries in both languages: what its label, help line and empty input say. */
export type TextKeyword = 'x-label' | 'x-help' | 'x-placeholder'

/**
 * Sets one language of a field's label, help text or placeholder. An emptied text is dropped, and a
 * keyword with no text left disappears, so the schema never holds `{ "zh": "" }`. Spaces are kept as
 * typed (the input shows the stored text, so trimming here would swallow the space between words).
 */
export function setFieldText(
  doc: DesignerDoc,
  key: string,
  keyword: TextKeyword,
  language: 'en' | 'zh',
  text: string,
): DesignerDoc {
  const field = doc.schema.properties[key]
  if (!field) return doc
  const current = (field[keyword] as Labels | undefined) ?? {}
  if ((current[language] ?? '') === text) return doc
  const next: Labels = { ...current, [language]: text }
  if (text === '') delete next[language]
  return updateField(doc, key, { [keyword]: Object.keys(next).length > 0 ? next : undefined })
}
