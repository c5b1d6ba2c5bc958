import type { Payload } from 'payload'

/** What a notice calls a record: its title field (`useAsTitle`), or `#<id>`. */
export function recordTitle(payload: Payload, entity: string, record: Record<string, unknown>): string {
  const field = payload.collections[entity]?.config.admin?.useAsTitle
  const value = field ? record[field] : null
  return typeof value === 'string' && value ? value : `#${record.id}`
}
