import type { CustomSchema } from '../../../src/customFields/customSchema'

/**
 * The custom values a new record starts with: each live field's designed `default` (copied, so the
 * form's edits never reach the schema). The server takes them even for fields the user may only
 * read: a default sent as is is no change.
 */
export function customDefaults(schema: CustomSchema): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(schema.properties))
    if (field.default !== undefined && !field['x-removed']) values[key] = structuredClone(field.default)
  return values
}
