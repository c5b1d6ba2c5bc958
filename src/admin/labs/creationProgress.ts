import type { Language } from '../../i18n/language'
import { labText } from './labTexts'

/** One line of the POST /api/labs/classes stream. */
export type CreationLine =
  | { type: 'progress'; step: 'group' | 'students'; done: number; total: number }
  | { type: 'done'; class: string | number; credentialsCsv: string }
  | { type: 'error'; message: string; field?: string }

/**
 * How far a class's creation is, from its last progress line. Each group loads the whole preset, so
 * the groups take the bar to its last slice; the students (one line, at the end) fill it.
 */
export function creationProgress(
  line: Extract<CreationLine, { type: 'progress' }> | null,
  language: Language,
): { fraction: number; label: string } {
  if (!line || line.total <= 0) return { fraction: 0, label: labText(language, 'progressStarting') }
  const share = Math.min(1, line.done / line.total)
  if (line.step === 'group')
    return { fraction: share * 0.95, label: labText(language, 'progressGroup', { done: line.done, total: line.total }) }
  return { fraction: 0.95 + share * 0.05, label: labText(language, 'progressStudents', { done: line.done, total: line.total }) }
}
