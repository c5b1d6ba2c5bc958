import { RELATABLE } from './relatedTo'

/** Tables whose rows carry `relatedTo` and so `related_key`. */
export const RELATED_KEY_TABLES = ['activities', 'notes', 'tasks', 'documents', 'email_messages'] as const

/**
 * The migration step that fills `related_key` of existing rows from their `relatedTo` row in the
 * `_rels` side table (`accounts:42`), in one UPDATE per table (a relation holds one row per record); the same SQL on SQLite and PostgreSQL.
 */
export function relatedKeyBackfill(table: (typeof RELATED_KEY_TABLES)[number]): string {
  const cases = RELATABLE.map((slug) => {
    const column = `r."${slug.replace(/-/g, '_')}_id"`
    return `WHEN ${column} IS NOT NULL THEN '${slug}:' || ${column}`
  }).join(' ')
  // UPDATE … FROM (PostgreSQL, SQLite 3.33+): one join, not a subquery per row.
  return `UPDATE "${table}" SET "related_key" = CASE ${cases} END FROM "${table}_rels" r WHERE r."parent_id" = "${table}"."id" AND r."path" = 'relatedTo'`
}
