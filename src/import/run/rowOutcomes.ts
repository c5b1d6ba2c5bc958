import type { Payload, PayloadRequest, Where } from 'payload'
import type { Id } from '../../access/types'

export const OUTCOMES = ['created', 'updated', 'skipped', 'rejected'] as const
export type Outcome = (typeof OUTCOMES)[number]
export type Counts = Record<Outcome, number>

export type RowRecord = {
  id: Id
  row: number
  outcome: Outcome | 'pending'
  record?: string | null
  reason?: string | null
  before?: Record<string, unknown> | null
  planned?: Record<string, unknown> | null
  savedAt?: string | null
  undone?: boolean | null
  createdAt?: string
}

/** Every row record of an import, by row number (a page at a time: an import may have 200,000). */
export async function rowRecords(payload: Payload, importId: Id, where: Where = {}): Promise<Map<number, RowRecord>> {
  const rows = new Map<number, RowRecord>()
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'import-rows',
      where: { and: [{ import: { equals: importId } }, where] },
      sort: 'row',
      limit: 5000,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of result.docs as unknown as RowRecord[]) rows.set(doc.row, doc)
    if (!result.hasNextPage) return rows
  }
}

/** Created, updated, skipped and rejected rows so far, counted from the row records (the source of truth). */
export async function countOutcomes(payload: Payload, importId: Id): Promise<Counts> {
  const counts = {} as Counts
  for (const outcome of OUTCOMES)
    counts[outcome] = (
      await payload.count({
        collection: 'import-rows',
        where: { and: [{ import: { equals: importId } }, { outcome: { equals: outcome } }] },
        overrideAccess: true,
      })
    ).totalDocs
  return counts
}

/**
 * A row's record, written past hooks and access: the adapter's own create, inside the request's
 * transaction. Only its id is read back (the import writes one or two of these per row).
 */
export const writeRowRecord = async (payload: Payload, req: PayloadRequest | undefined, data: Record<string, unknown>) =>
  (await payload.db.create({ collection: 'import-rows', data, req, select: { id: true } })) as { id: Id }

export const updateRowRecord = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  id: Id,
  data: Record<string, unknown>,
) => {
  await payload.db.updateOne({ collection: 'import-rows', id, data, req, returning: false })
}
