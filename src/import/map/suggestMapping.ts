import type { TargetField } from './targetFields'

export type Mapping = Record<string, string>

/** Lower case, no spaces, punctuation or a trailing "(required)" mark: how people vary a column name. */
const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[（(].*?[)）]/g, '')
    .replace(/[\s_\-*:：.]/g, '')

/**
 * Header → field path, for the headers whose name equals a field's label in Chinese or English, or
 * its name (`email`, `custom.industryCode`), ignoring case, spaces and punctuation. A field is
 * suggested for one column only.
 */
export function suggestMapping(headers: string[], fields: TargetField[]): Mapping {
  const byName = new Map<string, string>()
  for (const field of fields) {
    const key = field.path.startsWith('custom.') ? field.path.slice(7) : field.path
    for (const name of [field.label.zh, field.label.en, key, field.path]) {
      const squashed = squash(name)
      if (squashed && !byName.has(squashed)) byName.set(squashed, field.path)
    }
  }
  const mapping: Mapping = {}
  const used = new Set<string>()
  for (const header of headers) {
    const path = byName.get(squash(header))
    if (path && !used.has(path)) {
      mapping[header] = path
      used.add(path)
    }
  }
  return mapping
}
