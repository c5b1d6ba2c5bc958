import type { ListField } from './listFields'

const two = (n: number) => String(n).padStart(2, '0')

/**
 * A record's value as a list cell shows it, in the viewer's language: option labels, local dates,
 * yes/no, a related record's title, amounts exactly as stored (never through a float).
 */
export function formatCell(
  value: unknown,
  field: ListField | undefined,
  language: 'en' | 'zh',
  titleOf: (v: object) => string,
): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return ''
  if (Array.isArray(value))
    return value
      .map((v) =>
        formatCell(v, field && { ...field, kind: field.kind === 'multiChoice' ? 'choice' : field.kind }, language, titleOf),
      )
      .join(', ')
  switch (field?.kind) {
    case 'choice':
      return field.options?.find((o) => o.value === String(value))?.label ?? String(value)
    case 'boolean':
      return value === true ? (language === 'zh' ? '是' : 'Yes') : language === 'zh' ? '否' : 'No'
    case 'date':
    case 'dateTime': {
      const d = new Date(String(value))
      if (Number.isNaN(d.getTime())) return String(value)
      const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`
      return field.kind === 'date' ? day : `${day} ${two(d.getHours())}:${two(d.getMinutes())}`
    }
    case 'relation':
      return typeof value === 'object' ? titleOf(value as object) : `#${value}`
    default:
      return typeof value === 'object' ? titleOf(value as object) : String(value)
  }
}

/** A record's value at a list field's path (`custom.tier` reads inside `custom`). */
export const valueAt = (record: Record<string, unknown>, field: string): unknown =>
  field.startsWith('custom.') ? (record.custom as Record<string, unknown> | undefined)?.[field.slice(7)] : record[field]
