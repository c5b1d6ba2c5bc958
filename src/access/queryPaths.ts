import type { Where } from 'payload'

/** Every (path, operator) pair of a where clause, however deeply nested in and/or. */
export function whereConditions(where: Where | undefined): { path: string; operator: string }[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]) => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) return value.flatMap((w) => whereConditions(w as Where))
    if (value && typeof value === 'object') return Object.keys(value).map((operator) => ({ path: key, operator }))
    return []
  })
}

/** The paths a `sort` names (`-createdAt,name` or an array), without direction. */
export const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((s) => String(s).trim().replace(/^-/, ''))
    .filter(Boolean)
