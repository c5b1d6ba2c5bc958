import type { FlattenedField, Payload } from 'payload'
import { personalFieldsOf } from './personalFields'

/** A field emptied: groups keep their shape with every subfield cleared, so nothing below survives. */
function cleared(field: FlattenedField | undefined): unknown {
  if (field?.type !== 'group') return null
  return Object.fromEntries(field.flattenedFields.map((f) => [f.name, cleared(f)]))
}

/** Consent is withdrawn on every channel, recorded now; the history of what it was is erased with the rest. */
function withdrawn(field: FlattenedField | undefined, now: string): Record<string, unknown> {
  if (field?.type !== 'group') return {}
  return Object.fromEntries(
    field.flattenedFields.map((channel) => [channel.name, { allowed: false, recordedAt: now, method: null }]),
  )
}

/**
 * The values a record's personal fields get on erasure: the name becomes a placeholder (the record
 * stays listed and linked), everything else personal is cleared, consent withdrawn.
 */
export function erasedValues(payload: Payload, collection: string, placeholder: string, now: string): Record<string, unknown> {
  const fields = payload.collections[collection].config.flattenedFields
  const data: Record<string, unknown> = {}
  for (const { field, kind } of personalFieldsOf(collection)) {
    const config = fields.find((f) => f.name === field)
    if (!config) continue
    data[field] = kind === 'name' ? placeholder : kind === 'consent' ? withdrawn(config, now) : cleared(config)
  }
  return data
}
