import type { Payload } from 'payload'
import type { Language } from '../i18n'
import { labelIn } from '../printing/fieldLabels'
import { type ExportColumn, yesNo } from './exportColumns'

/** A cell as the export writes it: text, or a decimal string for money and numbers (`numeric`). */
export type Cell = { text: string; numeric?: boolean; money?: boolean }

/** `2026-11-28 09:30` in the tenant's time zone (a date-only value stays on its calendar day). */
export function formatTimestamp(value: string, timeZone: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  const day = `${parts.year}-${parts.month}-${parts.day}`
  const time = `${parts.hour}:${parts.minute}`
  return time === '00:00' ? day : `${day} ${time}`
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  let current: unknown = doc
  for (const key of path.split('.')) {
    if (current == null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function titleOf(payload: Payload, value: unknown, relationTo: unknown): string {
  if (value == null) return ''
  if (typeof value !== 'object') return String(value)
  const poly = value as { relationTo?: string; value?: unknown }
  if (poly.relationTo && 'value' in poly) return titleOf(payload, poly.value, poly.relationTo)
  const doc = value as Record<string, unknown>
  const slug = typeof relationTo === 'string' ? relationTo : undefined
  const useAsTitle = slug ? payload.collections[slug]?.config.admin?.useAsTitle : undefined
  const title = (useAsTitle && doc[useAsTitle]) ?? doc.name ?? doc.email ?? doc.id
  return title == null ? '' : String(title)
}

/** One cell of one row, formatted for the user's language and the tenant's time zone. */
export function cellValue(
  payload: Payload,
  doc: Record<string, unknown>,
  column: ExportColumn,
  lang: Language,
  timeZone: string,
): Cell {
  const value = valueAt(doc, column.path)
  if (value == null || value === '') return { text: '' }
  const field = column.field
  switch (column.kind) {
    case 'money':
      return { text: String(value), numeric: true, money: true }
    case 'number':
      return { text: String(value), numeric: true }
    case 'date':
      return { text: formatTimestamp(String(value), timeZone) }
    case 'boolean':
      return { text: yesNo(lang, Boolean(value)) }
    case 'select': {
      const options = field && 'options' in field ? field.options : []
      const labelOf = (v: unknown) => {
        const option = options.find((o) => (typeof o === 'string' ? o : o.value) === v)
        return option && typeof option !== 'string' ? labelIn(option.label, lang, String(v)) : String(v)
      }
      return { text: Array.isArray(value) ? value.map(labelOf).join('; ') : labelOf(value) }
    }
    case 'relationship': {
      const relationTo = field && 'relationTo' in field ? field.relationTo : undefined
      const values = Array.isArray(value) ? value : [value]
      return { text: values.map((v) => titleOf(payload, v, relationTo)).join('; ') }
    }
    case 'custom': {
      const labels = column.optionLabels
      if (!labels) return plainCell(value)
      const labelOf = (v: unknown) => labels.get(String(v)) ?? String(v)
      return { text: Array.isArray(value) ? value.map(labelOf).join('; ') : labelOf(value) }
    }
    case 'rows':
      return { text: Array.isArray(value) ? String(value.length) : '', numeric: true }
    default:
      return plainCell(value)
  }
}

function plainCell(value: unknown): Cell {
  if (typeof value === 'number') return { text: String(value), numeric: true }
  return { text: typeof value === 'object' ? JSON.stringify(value) : String(value) }
}
