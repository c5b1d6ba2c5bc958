import type { FlattenedField } from 'payload'
import type { Language } from '../i18n'

type Labels = { fields: Record<string, string>; options: Record<string, Record<string, string>> }

/** A field or option label in one language: ours are `{ en, zh }`; plain strings are used as they are. */
export function labelIn(value: unknown, lang: Language, fallback: string): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const byLang = value as Record<string, unknown>
    const text = byLang[lang] ?? byLang.en ?? byLang.zh
    if (typeof text === 'string') return text
  }
  return fallback
}

/**
 * Every field's label and every select option's label of a collection, in one language, keyed by the
 * field's dotted path (`items.quantity`): templates print `{{label "items.quantity"}}`, not English.
 */
export function collectionLabelsIn(fields: FlattenedField[], lang: Language, prefix = ''): Labels {
  const out: Labels = { fields: {}, options: {} }
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    out.fields[path] = labelIn('label' in field ? field.label : undefined, lang, field.name)
    if (field.type === 'select' || field.type === 'radio') {
      out.options[path] = Object.fromEntries(
        field.options.map((o) => (typeof o === 'string' ? [o, o] : [o.value, labelIn(o.label, lang, o.value)])),
      )
    }
    if ((field.type === 'group' || field.type === 'array') && 'flattenedFields' in field) {
      const nested = collectionLabelsIn(field.flattenedFields, lang, `${path}.`)
      Object.assign(out.fields, nested.fields)
      Object.assign(out.options, nested.options)
    }
  }
  return out
}
