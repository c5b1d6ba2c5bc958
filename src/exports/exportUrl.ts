/** `where[a][or][0][b][equals]=v` pairs from a nested where object, as Payload's REST API reads them. */
export function bracketParams(prefix: string, value: unknown, out: [string, string][] = []): [string, string][] {
  if (value == null) return out
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) bracketParams(`${prefix}[${i}]`, v, out)
  } else if (typeof value === 'object')
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) bracketParams(`${prefix}[${key}]`, v, out)
  else out.push([prefix, String(value)])
  return out
}

/** The export URL for what a list shows: its columns, filters, search and sort. */
export function exportUrl(
  slug: string,
  format: 'csv' | 'xlsx',
  { columns, where, sort }: { columns: string[]; where?: unknown; sort?: unknown },
): string {
  const params = new URLSearchParams({ format })
  if (columns.length > 0) params.set('columns', columns.join(','))
  if (typeof sort === 'string' && sort) params.set('sort', sort)
  else if (Array.isArray(sort) && sort.length > 0) params.set('sort', sort.join(','))
  for (const [key, value] of bracketParams('where', where)) params.append(key, value)
  return `/api/${slug}/export?${params}`
}
