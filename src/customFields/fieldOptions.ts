import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { dictionaryEntries } from '../dictionaries/dictionaryEntries'
import type { FieldSchema } from './customSchema'

export type FieldOption = { value: string; label: { en?: string; zh?: string }; active: boolean }

/**
 * The options of a select or multi-select with their labels in both languages: inline ones from
 * `x-options`, dictionary-backed ones from the tenant's dictionary entries (inactive entries included
 * and marked, so values stored before a deactivation still show their label).
 */
export async function fieldOptions(req: PayloadRequest, tenant: Id, field: FieldSchema): Promise<FieldOption[]> {
  const dictionary = field['x-dictionary']
  if (dictionary)
    return ((await dictionaryEntries(req, tenant, dictionary)) ?? []).map((e) => ({
      value: e.value,
      label: { en: e.labelEn, zh: e.labelZh },
      active: e.active !== false,
    }))
  return (field['x-options'] ?? []).map((o) => ({ value: o.value, label: o.label ?? {}, active: true }))
}
