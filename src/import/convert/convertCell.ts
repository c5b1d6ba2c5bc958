import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { dictionaryEntries } from '../../dictionaries/dictionaryEntries'
import type { Label } from '../../i18n/label'
import type { TargetField } from '../map/targetFields'
import type { ImportMessageKey } from '../messages'
import { type DateOrder, parseDate, parseDateTime } from './parseDate'
import { parseNumber } from './parseNumber'

export type Converted = { value: unknown } | { problem: ImportMessageKey }

const YES = new Set(['1', 'true', 'yes', 'y', '是', '对', '√', '✓', 't'])
const NO = new Set(['0', 'false', 'no', 'n', '否', '不', '×', '✗', 'f'])
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** Options of a select: its own, or the tenant's dictionary entries. */
async function optionsOf(req: PayloadRequest, tenant: Id, field: TargetField): Promise<{ value: string; label: Label }[]> {
  if (field.options) return field.options
  if (!field.dictionary) return []
  const entries = (await dictionaryEntries(req, tenant, field.dictionary)) ?? []
  return entries
    .filter((e) => e.active !== false)
    .map((e) => ({ value: e.value, label: { en: e.labelEn ?? e.value, zh: e.labelZh ?? e.value } }))
}

/** An option's value from its value or its label in either language. */
async function optionValue(req: PayloadRequest, tenant: Id, field: TargetField, text: string): Promise<string | null> {
  const options = await optionsOf(req, tenant, field)
  const found = options.find((o) => same(o.value, text) || same(o.label.zh, text) || same(o.label.en, text))
  return found ? found.value : null
}

/** One non-empty cell as the value the field stores; lookups are resolved by the caller. */
export async function convertCell(
  req: PayloadRequest,
  tenant: Id,
  field: TargetField,
  text: string,
  dateOrder: DateOrder,
): Promise<Converted> {
  switch (field.kind) {
    case 'text':
    case 'lookup':
      return { value: text }
    case 'number':
    case 'integer': {
      const n = parseNumber(text)
      if (n == null || (field.kind === 'integer' && !/^-?\d+$/.test(n))) return { problem: 'notANumber' }
      return { value: Number(n) }
    }
    case 'decimal':
    case 'money': {
      const n = parseNumber(text)
      return n == null ? { problem: 'notANumber' } : { value: n }
    }
    case 'date': {
      const day = parseDate(text, dateOrder)
      if (!day) return { problem: 'notADate' }
      // Base date fields store an instant; custom date fields a calendar date.
      return { value: field.path.startsWith('custom.') ? day : `${day}T00:00:00.000Z` }
    }
    case 'dateTime': {
      const at = parseDateTime(text, dateOrder)
      return at ? { value: at } : { problem: 'notADate' }
    }
    case 'boolean': {
      const t = text.trim().toLowerCase()
      if (YES.has(t)) return { value: true }
      if (NO.has(t)) return { value: false }
      return { problem: 'notABoolean' }
    }
    case 'select': {
      const value = await optionValue(req, tenant, field, text)
      return value == null ? { problem: 'notAnOption' } : { value }
    }
    case 'multiSelect': {
      const values: string[] = []
      for (const part of text
        .split(/[,;，；、|]/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const value = await optionValue(req, tenant, field, part)
        if (value == null) return { problem: 'notAnOption' }
        values.push(value)
      }
      return { value: values }
    }
  }
}
