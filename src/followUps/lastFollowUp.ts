import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'

type Related = { relationTo?: string; value?: unknown } | null | undefined

const idOf = (value: unknown): Id | null => {
  if (value == null) return null
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null
  return value as Id
}

const hasField = (req: PayloadRequest, collection: string, field: string) =>
  Boolean(req.payload.collections[collection]?.config.flattenedFields.some((f) => f.name === field))

/** The record an activity or note hangs on, as `{ collection, id }`, or null. */
export function relatedRecord(doc: { relatedTo?: Related }): { collection: string; id: Id } | null {
  const related = doc.relatedTo
  const id = idOf(related?.value)
  return related?.relationTo && id != null ? { collection: related.relationTo, id } : null
}

/**
 * Moves `lastFollowUpAt` forward to `at` (never back: an older call logged late does not hide a newer
 * one). Written straight to the database, atomically: a follow-up is not an edit of the record, so it
 * leaves no audit entry, is not refused by an approval lock and does not make an open form stale.
 */
async function touch(req: PayloadRequest, collection: string, id: Id, at: string) {
  await compareAndSet(
    req,
    collection,
    id,
    { or: [{ lastFollowUpAt: { exists: false } }, { lastFollowUpAt: { less_than: at } }] },
    // `updatedAt: null` keeps the record's version (the drizzle adapter would stamp it otherwise).
    { lastFollowUpAt: at, updatedAt: null },
  )
}

/**
 * A done activity (a call, visit, meeting, email or note) on a record is a follow-up of it: the
 * record's last follow-up time moves to the activity's time, and so does its customer's, when the
 * record belongs to one (a call about an opportunity follows the customer up too). Runs in the
 * activity's transaction, so both are written or neither; every path (workspace, admin, API, import)
 * goes through it.
 */
export const updateLastFollowUp: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  // Logged by the system (a care greeting): on the timeline, but nobody followed the customer up.
  if (doc.status !== 'done' || doc.deletedAt || context?.notAFollowUp) return doc
  const becameDone = operation === 'create' || previousDoc?.status !== 'done'
  const moved = relatedRecord(doc)?.id !== relatedRecord(previousDoc ?? {})?.id
  if (!becameDone && !moved) return doc
  const target = relatedRecord(doc)
  if (!target) return doc
  const at = new Date(doc.startAt ?? doc.createdAt ?? Date.now()).toISOString()
  if (hasField(req, target.collection, 'lastFollowUpAt')) await touch(req, target.collection, target.id, at)
  if (target.collection !== 'accounts' && hasField(req, target.collection, 'account')) {
    const record = await req.payload.db.findOne<{ id: Id; account?: unknown }>({
      collection: target.collection,
      where: { id: { equals: target.id } },
      req,
    })
    const account = idOf(record?.account)
    if (account != null) await touch(req, 'accounts', account, at)
  }
  return doc
}
