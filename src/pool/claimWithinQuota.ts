import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { isPostgres, runSql, sql, tableOf } from '../concurrency/rawSql'

type Claim = { collection: string; id: Id; tenant: Id; user: Id; department: Id | null; quota: number; at: string }

/**
 * Claim a pool record only while the user holds fewer than `quota` records of the collection.
 *
 * The count and the claim are ONE statement (`UPDATE … WHERE owner IS NULL AND (SELECT count(*) …) < quota`),
 * so nothing can slip in between reading the count and writing the owner:
 * - SQLite runs one writer at a time and a statement reads and writes as one step, so this alone is
 *   exact, even for several processes on one file.
 * - PostgreSQL runs statements side by side: two claims of two different records would both see the
 *   old count. So first a transaction-scoped advisory lock on (tenant, collection, user) makes one
 *   user's claims of one collection take turns across every server process; the lock is released at
 *   commit, and the next statement (read committed) then counts the committed claim.
 * Returns whether the record was claimed; the caller finds out why not.
 */
export async function claimWithinQuota(req: PayloadRequest, claim: Claim): Promise<boolean> {
  if (isPostgres(req))
    await runSql(
      req,
      sql`SELECT pg_advisory_xact_lock(hashtext(${`formwork:pool-quota:${claim.tenant}:${claim.collection}:${claim.user}`}))`,
    )
  const t = tableOf(req, claim.collection)
  const claimed = await runSql(
    req,
    sql`UPDATE ${t} SET "owner_id" = ${claim.user}, "department_id" = ${claim.department}, "claimed_at" = ${claim.at}, "updated_at" = ${claim.at}
      WHERE "id" = ${claim.id} AND "tenant_id" = ${claim.tenant} AND "owner_id" IS NULL
        AND (SELECT count(*) FROM ${t} AS "held"
             WHERE "held"."tenant_id" = ${claim.tenant} AND "held"."owner_id" = ${claim.user} AND "held"."deleted_at" IS NULL) < ${claim.quota}
      RETURNING "id"`,
  )
  return claimed.length === 1
}
