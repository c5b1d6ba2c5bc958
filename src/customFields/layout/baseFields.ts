import type { BaseField } from './types'

type ConfigField = {
  name?: string
  type: string
  hidden?: boolean
  options?: unknown[]
  admin?: { hidden?: boolean; disabled?: boolean }
  fields?: ConfigField[]
  tabs?: { name?: string; fields: ConfigField[] }[]
}

/** Managed by the system, not placed by admins: the tenant, the custom object itself, trash and merge marks. */
const NOT_PLACEABLE = new Set(['tenant', 'custom', 'deletedAt', 'mergedInto', 'erasedAt', 'id'])

/**
 * The base fields of a collection that forms and lists can show and rules can read: its named data
 * fields through rows, collapsibles and unnamed tabs, without hidden mirrors (money cents, match keys,
 * slots) and system fields.
 */
export function baseFieldsOf(fields: readonly ConfigField[]): BaseField[] {
  const found: BaseField[] = []
  const walk = (list: readonly ConfigField[]) => {
    for (const field of list) {
      if (field.type === 'tabs') for (const tab of field.tabs ?? []) walk(tab.name ? [] : tab.fields)
      else if (!field.name) walk(field.fields ?? [])
      else if (!field.hidden && !field.admin?.hidden && !NOT_PLACEABLE.has(field.name) && field.type !== 'ui')
        found.push({ name: field.name, type: field.type, hasOptions: Array.isArray(field.options) })
    }
  }
  walk(fields)
  return found
}
