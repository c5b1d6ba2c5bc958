/**
 * A relationship as a bundle writes it: to a user by email, a department by name, a bundled record by
 * `section/key` (configuration) or `records/<collection>/key` (sample data).
 */
export type Reference = { $user: string } | { $department: string } | { $ref: string }

export const isReference = (v: unknown): v is Reference =>
  !!v && typeof v === 'object' && !Array.isArray(v) && ('$user' in v || '$department' in v || '$ref' in v)

/** Every reference inside some values, with its JSON Pointer below them. */
export function referencesIn(value: unknown, path = ''): { path: string; ref: Reference }[] {
  if (isReference(value)) return [{ path, ref: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => referencesIn(v, `${path}/${i}`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => referencesIn(v, `${path}/${k}`))
  return []
}

/** The same JSON with object keys in order: two values are equal when their canonical texts are. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value ?? null)
}
