import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { message, toLanguage } from '../i18n'

type ConfigField = {
  name?: string
  type: string
  hasMany?: boolean
  fields?: ConfigField[]
  tabs?: { name?: string; fields: ConfigField[] }[]
}

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/

/** Paths of number fields in a write (top level, groups, rows, unnamed tabs) whose value is text that is no number. */
export function unparsableNumbers(
  fields: readonly ConfigField[],
  data: Record<string, unknown>,
  prefix = '',
): { path: string; value: string }[] {
  const found: { path: string; value: string }[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        const inner = tab.name ? data[tab.name] : data
        if (inner && typeof inner === 'object')
          found.push(
            ...unparsableNumbers(tab.fields, inner as Record<string, unknown>, tab.name ? `${prefix}${tab.name}.` : prefix),
          )
      }
    } else if (!field.name) found.push(...unparsableNumbers(field.fields ?? [], data, prefix))
    else if (field.type === 'group' && data[field.name] && typeof data[field.name] === 'object')
      found.push(...unparsableNumbers(field.fields ?? [], data[field.name] as Record<string, unknown>, `${prefix}${field.name}.`))
    else if (field.type === 'number') {
      const values = field.hasMany && Array.isArray(data[field.name]) ? (data[field.name] as unknown[]) : [data[field.name]]
      for (const value of values)
        if (typeof value === 'string' && value.trim() !== '' && !NUMBER.test(value))
          found.push({ path: `${prefix}${field.name}`, value })
    }
  }
  return found
}

/**
 * Payload reads a number sent as text with parseFloat: "12x" would be stored as 12 and "abc" as
 * nothing, silently. Text that is not a number is refused instead, with the field named.
 */
export const refuseUnparsableNumbers: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const bad = unparsableNumbers(collection.fields as ConfigField[], data)
  if (bad.length === 0) return args
  const language = toLanguage(req.i18n?.language)
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: bad.map(({ path, value }) => ({ path, message: message(language, 'notANumber', { value }) })),
    },
    req.t,
  )
}
