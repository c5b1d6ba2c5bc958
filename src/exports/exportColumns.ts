import type { FlattenedField, PayloadRequest } from 'payload'
import { type Language, message } from '../i18n'
import { invalidField } from '../printing/errors'
import { labelIn } from '../printing/fieldLabels'

export type ColumnKind = 'text' | 'money' | 'number' | 'date' | 'boolean' | 'select' | 'relationship' | 'rows' | 'custom'

export type ExportColumn = {
  /** The path the client asked for: `name`, `address.city`, `custom.tier`. */
  path: string
  header: string
  kind: ColumnKind
  field?: FlattenedField
  /** A custom select's labels by value, in the user's language (see customColumns). */
  optionLabels?: Map<string, string>
}

// Columns a list can show but an export should not: internals and mirrors.
const NEVER = new Set(['custom', 'tenant', 'sessions', 'hash', 'salt'])

function kindOf(field: FlattenedField): ColumnKind {
  if (field.custom?.money) return 'money'
  switch (field.type) {
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'checkbox':
      return 'boolean'
    case 'select':
    case 'radio':
      return 'select'
    case 'relationship':
    case 'upload':
      return 'relationship'
    case 'array':
      return 'rows'
    default:
      return 'text'
  }
}

function findField(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((f) => f.name === head)
  if (!field || rest.length === 0) return field
  return field.type === 'group' && 'flattenedFields' in field ? findField(field.flattenedFields, rest.join('.')) : undefined
}

/**
 * The columns of an export: those the list view shows (`columns=name,code,custom.tier`), or the
 * collection's default columns; headers in the user's language. An unknown column is a 400 naming it.
 */
export function exportColumns(req: PayloadRequest, slug: string, requested: string | undefined, lang: Language): ExportColumn[] {
  const config = req.payload.collections[slug].config
  const paths = (requested ? requested.split(',') : (config.admin?.defaultColumns ?? ['id'])).map((p) => p.trim()).filter(Boolean)
  if (paths.length === 0) throw invalidField(req, 'columns', 'exportColumnsRequired')
  return paths.map((path) => {
    if (path === 'id') return { path, header: 'ID', kind: 'text' as const }
    if (path.startsWith('custom.') && path.length > 7) {
      // Labels of run-time fields live in the tenant's entity schema; until then the key is the header.
      return { path, header: path.slice(7), kind: 'custom' as const }
    }
    const field = findField(config.flattenedFields, path)
    const timestamp = path === 'createdAt' || path === 'updatedAt'
    const exportable = field && !NEVER.has(path) && !('hidden' in field && field.hidden) && (timestamp || !field.admin?.hidden)
    if (!exportable) throw invalidField(req, 'columns', 'exportColumnUnknown', { column: path })
    const raw = 'label' in field ? field.label : undefined
    // Payload's own fields (createdAt, …) label themselves through its translations.
    const header = typeof raw === 'function' ? String(raw({ i18n: req.i18n, t: req.t } as never)) : labelIn(raw, lang, path)
    return { path, header, kind: kindOf(field), field }
  })
}

export const yesNo = (lang: Language, value: boolean) => message(lang, value ? 'yes' : 'no')
