import type { PayloadRequest, Where } from 'payload'
import type { Id } from '../access/types'
import { isPostgres, isSql, runSql, sql, tableOf } from '../concurrency/rawSql'
import { atomically } from '../conversions/atomically'

export const OUTCOMES = ['pending', 'created', 'invalid', 'honeypot', 'rate-limited', 'failed'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** The rate window: limits count submissions of the last hour. */
export const RATE_WINDOW_MS = 60 * 60 * 1000

/**
 * Attempts of any outcome a visitor may make per window, as a multiple of the form's limit. Refused
 * attempts create no record, but each one is a row of the log: this keeps a script from filling it.
 */
export const ATTEMPTS_PER_SUBMISSION = 3

/** Outcomes that count as a submission: what the visitor was told succeeded, or is about to be. */
const ACCEPTED: Outcome[] = ['pending', 'created', 'honeypot']

export type Attempt = {
  tenant: Id
  form: Id
  formSlug: string
  entity: string
  ipHash: string
  userAgent: string
  language: string
  outcome: Outcome
  recordId?: string
  detail?: string
}

type Key = { form: Id; ipHash: string }

const windowWhere = ({ form, ipHash }: Key, since: Date, outcomes?: Outcome[]): Where => ({
  and: [
    { form: { equals: form } },
    { ipHash: { equals: ipHash } },
    { createdAt: { greater_than: since.toISOString() } },
    ...(outcomes ? [{ outcome: { in: outcomes } }] : []),
  ],
})

export async function logAttempt(req: PayloadRequest, attempt: Attempt): Promise<Id> {
  const doc = await req.payload.create({
    collection: 'public-form-submissions',
    data: { ...attempt, userAgent: attempt.userAgent.slice(0, 300), detail: attempt.detail?.slice(0, 2000) },
    overrideAccess: true,
    req,
  })
  return doc.id
}

export async function settleAttempt(
  req: PayloadRequest,
  id: Id,
  outcome: Outcome,
  extra: { recordId?: string; detail?: string } = {},
) {
  await req.payload.update({
    collection: 'public-form-submissions',
    id,
    data: { outcome, ...extra, detail: extra.detail?.slice(0, 2000) },
    overrideAccess: true,
    req,
  })
}

/** Seconds until the `over`-th oldest entry of the window leaves it (at least 1). */
async function secondsUntilFree(req: PayloadRequest, where: Where, over: number, now: number): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'public-form-submissions',
    where,
    sort: 'createdAt',
    limit: 1,
    page: over + 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { createdAt: true },
  })
  const oldest = docs[0] ? Date.parse(String(docs[0].createdAt)) : now
  return Math.max(1, Math.ceil((oldest + RATE_WINDOW_MS - now) / 1000))
}

/**
 * Whether this visitor (hashed address) may submit this form now: fewer than `limit` submissions and
 * fewer than `limit` × ATTEMPTS_PER_SUBMISSION attempts in the last hour. Counted in the database, so
 * every app instance sees the same numbers. Returns the seconds to wait when not.
 */
export async function rateLimited(req: PayloadRequest, key: Key, limit: number): Promise<number | null> {
  const now = Date.now()
  const since = new Date(now - RATE_WINDOW_MS)
  const count = (where: Where) =>
    req.payload.count({ collection: 'public-form-submissions', where, overrideAccess: true, req }).then((r) => r.totalDocs)
  const accepted = windowWhere(key, since, ACCEPTED)
  const submissions = await count(accepted)
  if (submissions >= limit) return secondsUntilFree(req, accepted, submissions - limit, now)
  const all = windowWhere(key, since)
  const attempts = await count(all)
  const cap = limit * ATTEMPTS_PER_SUBMISSION
  if (attempts >= cap) return secondsUntilFree(req, all, attempts - cap, now)
  return null
}

async function claimedInSql(req: PayloadRequest, id: Id, key: Key, since: string, limit: number): Promise<boolean> {
  return atomically(req, async () => {
    if (isPostgres(req))
      await runSql(req, sql`SELECT pg_advisory_xact_lock(hashtext(${`formwork:public-form:${key.form}:${key.ipHash}`}))`)
    const t = tableOf(req, 'public-form-submissions')
    const rows = await runSql(
      req,
      sql`UPDATE ${t} SET "outcome" = 'pending'
        WHERE "id" = ${id}
          AND (SELECT count(*) FROM ${t} AS "s"
               WHERE "s"."form_id" = ${key.form} AND "s"."ip_hash" = ${key.ipHash} AND "s"."created_at" > ${since}
                 AND "s"."outcome" IN ('pending', 'created', 'honeypot')) < ${limit}
        RETURNING "id"`,
    )
    return rows.length === 1
  })
}

/** MongoDB: take the place, count, and give it back when over; simultaneous requests may all give back. */
async function claimedByRecount(req: PayloadRequest, id: Id, key: Key, since: string, limit: number): Promise<boolean> {
  await settleAttempt(req, id, 'pending')
  const { totalDocs } = await req.payload.count({
    collection: 'public-form-submissions',
    where: windowWhere(key, new Date(since), ACCEPTED),
    overrideAccess: true,
    req,
  })
  if (totalDocs <= limit) return true
  await settleAttempt(req, id, 'rate-limited')
  return false
}

/**
 * Take one of the visitor's submissions of this window before creating anything. The attempt is logged
 * as refused, then turned into a pending submission by one statement that also counts the window, so
 * nothing slips in between count and claim: SQLite runs one statement at a time, and on PostgreSQL an
 * advisory lock per (form, visitor) makes their claims take turns across every app instance. However
 * many requests arrive at once, at most `limit` get through.
 */
export async function claimSubmission(
  req: PayloadRequest,
  attempt: Attempt,
  limit: number,
): Promise<{ id: Id } | { retryAfter: number }> {
  const key = { form: attempt.form, ipHash: attempt.ipHash }
  const id = await logAttempt(req, { ...attempt, outcome: 'rate-limited' })
  const now = Date.now()
  const since = new Date(now - RATE_WINDOW_MS).toISOString()
  const claimed = isSql(req) ? await claimedInSql(req, id, key, since, limit) : await claimedByRecount(req, id, key, since, limit)
  if (claimed) return { id }
  const accepted = windowWhere(key, new Date(since), ACCEPTED)
  const { totalDocs } = await req.payload.count({
    collection: 'public-form-submissions',
    where: accepted,
    overrideAccess: true,
    req,
  })
  return { retryAfter: await secondsUntilFree(req, accepted, Math.max(0, totalDocs - limit), now) }
}
