import crypto from 'node:crypto'
import type { Field } from 'payload'

type Values = Record<string, unknown>

/**
 * Gives every array row and block of a record a new id, in place. Payload makes these ids (24 hex
 * characters, like its ObjectIds) in a hook a direct database write skips, and they are primary keys
 * of the array's table: a copy keeping the source's would collide with it.
 */
export function newRowIds(fields: Field[], values: Values): Values {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      newRowIds(field.fields, values)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? values[tab.name] : values
        if (inner && typeof inner === 'object') newRowIds(tab.fields, inner as Values)
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = values[field.name]
    if (field.type === 'group' && value && typeof value === 'object') newRowIds(field.fields, value as Values)
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value))
      for (const row of value as Values[]) {
        row.id = crypto.randomBytes(12).toString('hex')
        const inner = field.type === 'array' ? field.fields : field.blocks.find((b) => b.slug === row.blockType)?.fields
        if (inner) newRowIds(inner, row)
      }
  }
  return values
}
