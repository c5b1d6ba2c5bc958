export type Label = { en?: string; zh?: string }
export type TargetField = {
  path: string
  label: Label
  kind: string
  required: boolean
  hasDefault?: boolean
  relationTo?: string
}
export type Mapping = Record<string, string>
export type Counts = { created: number; updated: number; skipped: number; rejected: number }
export type LookupChoice = { by: string; aliases?: Record<string, string | number> }

/** Required fields no column goes into (and the server does not fill): the run would reject every row. */
export function missingRequired(fields: TargetField[], mapping: Mapping): TargetField[] {
  const mapped = new Set(Object.values(mapping).filter(Boolean))
  return fields.filter((f) => f.required && !f.hasDefault && !mapped.has(f.path))
}

/** One column per field: choosing a field for a column takes it from any other column. */
export function assign(mapping: Mapping, header: string, path: string): Mapping {
  const next: Mapping = {}
  for (const [h, p] of Object.entries(mapping)) if (h !== header && p !== path) next[h] = p
  if (path) next[header] = path
  return next
}

/** The mapped fields that name another record (lookups), in the file's column order. */
export function lookupFields(fields: TargetField[], mapping: Mapping, headers: string[]): TargetField[] {
  const byPath = new Map(fields.map((f) => [f.path, f]))
  return headers.flatMap((h) => {
    const f = mapping[h] ? byPath.get(mapping[h]) : undefined
    return f?.relationTo ? [f] : []
  })
}

/** A template's mapping kept to the columns this file has and the fields that exist. */
export function applyTemplate(template: Mapping, headers: string[], fields: TargetField[]): Mapping {
  const paths = new Set(fields.map((f) => f.path))
  let mapping: Mapping = {}
  for (const h of headers) if (template[h] && paths.has(template[h])) mapping = assign(mapping, h, template[h])
  return mapping
}

export const sumOf = (c: Counts) => c.created + c.updated + c.skipped + c.rejected

/** A file's bytes as base64, in chunks (a 20 MB file would overflow one String.fromCharCode call). */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
