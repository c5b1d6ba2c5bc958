import { createRequire } from 'node:module'

/** Prepared statements kept per connection; the least recently used beyond this are let go. */
export const STATEMENTS_KEPT = 500

type Statement = object
type Database = { prepare: (sql: string) => Statement }
type DatabaseClass = { prototype: Database & { formworkStatementsKept?: number } }

const caches = new WeakMap<Database, Map<string, Statement>>()

/**
 * Makes the SQLite driver (libsql, under Payload's adapter) reuse a prepared statement for SQL it has
 * prepared before, instead of preparing every query anew.
 *
 * Why: each fresh statement holds native memory that only a garbage collection of its JS wrapper
 * frees, and the JS heap stays small, so the process grew by about 170 KB a written row — 6 GB
 * within 15,000 imported rows (libsql-js issue #153) — and preparing was an eighth of each write's
 * time. Reuse is safe: the driver resets a statement before each run, and the client sets its modes
 * (raw rows, safe integers) on every call. SQLite re-prepares a kept statement itself after a
 * schema change.
 */
export function cacheSqliteStatements(limit = STATEMENTS_KEPT): void {
  // Required at run time rather than imported: a transitive dependency with a native part, loaded
  // the same way as the adapter's own client loads it.
  const Database = createRequire(import.meta.url)('libsql') as DatabaseClass
  const proto = Database.prototype
  // Kept on the driver's class, which every copy of this module shares: installed once, limit updated.
  const installed = proto.formworkStatementsKept !== undefined
  proto.formworkStatementsKept = limit
  if (installed) return
  const prepare = proto.prepare
  proto.prepare = function cachedPrepare(this: Database, sql: string) {
    let cache = caches.get(this)
    if (!cache) {
      cache = new Map()
      caches.set(this, cache)
    }
    const kept = cache.get(sql)
    if (kept) {
      // Most recently used last: the first entry is the one to let go.
      cache.delete(sql)
      cache.set(sql, kept)
      return kept
    }
    const statement = prepare.call(this, sql)
    cache.set(sql, statement)
    if (cache.size > (proto.formworkStatementsKept as number)) cache.delete(cache.keys().next().value as string)
    return statement
  }
}
