import type { FieldSchema } from '../../../src/customFields/customSchema'
import type { TenantChoices, TenantDictionary } from './useTenantChoices'

export type ShownOption = { value: string; label: string }

/** A dictionary's name in the admin's language. */
export const dictionaryName = (d: TenantDictionary, language: 'en' | 'zh') =>
  (language === 'zh' ? d.nameZh : d.nameEn) ?? d.nameEn ?? d.nameZh ?? d.key

/**
 * The options a select offers right now, labelled in the admin's language: its own, or the active
 * entries of its dictionary (undefined while the dictionaries load, or when the tenant lacks it).
 */
export function shownOptions(field: FieldSchema, choices: TenantChoices, language: 'en' | 'zh'): ShownOption[] | undefined {
  const key = field['x-dictionary']
  if (!key)
    return (field['x-options'] ?? []).map((o) => ({
      value: o.value,
      label: o.label[language] || o.label.en || o.label.zh || o.value,
    }))
  const dictionary = choices.dictionaries?.find((d) => d.key === key)
  return dictionary?.options
    .filter((e) => e.active !== false)
    .map((e) => ({ value: e.value, label: (language === 'zh' ? e.labelZh : e.labelEn) || e.labelEn || e.value }))
}
