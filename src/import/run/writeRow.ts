import type { Payload, Where } from 'payload'
import type { Id } from '../../access/types'
import { errorText } from './errorText'
import { type Importer, importRequest } from './importRequest'
import type { RowPlan } from './planRow'
import { type RowRecord, updateRowRecord, writeRowRecord } from './rowOutcomes'

export type WriteTarget = {
  payload: Payload
  importId: Id
  tenant: Id
  collection: string
  user: Importer
  /** Given to every row's request: the importer's rights, resolved once a progress tick (sharedAccessContext). */
  access: Record<string, unknown>
}
/** Test seam: after the record's write, before its outcome is recorded and committed. */
export type RowProbe = (row: number) => Promise<void>

/** The updated fields' values as they were: restoring them is the undo. `null` clears a custom key. */
async function snapshot(target: WriteTarget, id: Id, data: Record<string, unknown>) {
  const doc = (await target.payload.findByID({
    collection: target.collection,
    id,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  const before: Record<string, unknown> = {}
  for (const key of Object.keys(data)) {
    if (key !== 'custom') before[key] = doc[key] ?? null
  }
  if (data.custom) {
    const stored = (doc.custom ?? {}) as Record<string, unknown>
    before.custom = Object.fromEntries(Object.keys(data.custom as object).map((k) => [k, stored[k] ?? null]))
  }
  return before
}

/**
 * Writes one planned row as the importer and records its outcome. Where the adapter has transactions
 * (PostgreSQL) the write and the outcome commit together: a crash leaves neither. Without them
 * (SQLite) the row is first recorded as `pending` with what it will write, so a resumed run can
 * find a record the crash left behind (see reconcilePending) instead of creating it twice.
 */
export async function writeRow(
  target: WriteTarget,
  rowNumber: number,
  plan: Extract<RowPlan, { action: 'create' | 'update' }>,
  pending: RowRecord | undefined,
  probe?: RowProbe,
): Promise<'created' | 'updated' | 'rejected'> {
  const { payload } = target
  const base = { import: target.importId, tenant: target.tenant, user: target.user.id, row: rowNumber, undone: false }
  const req = await importRequest(payload, target.user, target.tenant, {
    ...target.access,
    confirmDuplicate: plan.action === 'create',
  })
  const transaction = ((await payload.db.beginTransaction()) as string | number | null) ?? null
  if (transaction != null) req.transactionID = transaction
  const matchId = plan.action === 'update' ? plan.id : null
  let rowId = pending?.id ?? null
  try {
    const before = matchId != null ? (pending?.before ?? (await snapshot(target, matchId, plan.data))) : null
    if (transaction == null && rowId == null)
      rowId = (await writeRowRecord(payload, undefined, { ...base, outcome: 'pending', planned: plan.data, before })).id as Id
    const user = target.user as never
    const doc =
      matchId != null
        ? await payload.update({
            collection: target.collection,
            id: matchId,
            data: plan.data,
            req,
            user,
            overrideAccess: false,
            depth: 0,
          })
        : await payload.create({
            collection: target.collection,
            data: { ...plan.data, tenant: target.tenant },
            req,
            user,
            overrideAccess: false,
            depth: 0,
          })
    await probe?.(rowNumber)
    const outcome = matchId != null ? 'updated' : 'created'
    const done = {
      ...base,
      outcome,
      record: String(doc.id),
      reason: plan.reason ?? null,
      before,
      planned: null,
      savedAt: String((doc as { updatedAt?: string }).updatedAt ?? ''),
    }
    if (rowId != null) await updateRowRecord(payload, undefined, rowId, done)
    else await writeRowRecord(payload, req, done)
    if (transaction != null) await payload.db.commitTransaction(transaction)
    return outcome
  } catch (error) {
    if (transaction != null) await payload.db.rollbackTransaction(transaction)
    const rejected = { ...base, outcome: 'rejected', reason: errorText(error), planned: null, before: null }
    if (rowId != null) await updateRowRecord(payload, undefined, rowId, rejected)
    else await writeRowRecord(payload, undefined, rejected)
    return 'rejected'
  }
}

/**
 * A row left `pending` by a crash on SQLite: its record may have been written. A planned create is
 * looked for (same tenant, written after the row was claimed, same values, not claimed by another
 * row); found, the row is marked created with it. Otherwise (or for an update, which is safe to
 * repeat with the snapshot kept) the row is written again.
 */
export async function reconcilePending(target: WriteTarget, pending: RowRecord): Promise<boolean> {
  const planned = pending.planned ?? {}
  if (pending.before) return false
  const same: Where[] = Object.entries(planned)
    .filter(
      ([key, value]) =>
        key !== 'custom' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'),
    )
    .map(([key, value]) => ({ [key]: { equals: value } }))
  const since = new Date(new Date(pending.createdAt ?? 0).getTime() - 1000).toISOString()
  const { docs } = await target.payload.find({
    collection: target.collection,
    where: { and: [{ tenant: { equals: target.tenant } }, { createdAt: { greater_than_equal: since } }, ...same] },
    sort: 'createdAt',
    limit: 10,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true },
  })
  for (const doc of docs) {
    const claimed = await target.payload.count({
      collection: 'import-rows',
      where: { and: [{ record: { equals: String(doc.id) } }, { outcome: { in: ['created', 'updated'] } }] },
      overrideAccess: true,
    })
    if (claimed.totalDocs > 0) continue
    await updateRowRecord(target.payload, undefined, pending.id, {
      outcome: 'created',
      record: String(doc.id),
      planned: null,
      savedAt: String((doc as { updatedAt?: string }).updatedAt ?? ''),
    })
    return true
  }
  return false
}
