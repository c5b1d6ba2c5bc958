import type { Payload } from 'payload'
import type { Id } from '../../access/types'
import { toLanguage } from '../../i18n/language'
import { importMessage } from '../messages'
import { errorText } from './errorText'
import { importerOf, importRequest } from './importRequest'
import { loadImport } from './loadImport'
import { type RowRecord, rowRecords, updateRowRecord } from './rowOutcomes'

export type UndoReport = {
  removed: number
  restored: number
  /** Rows whose record changed after the import (or is gone, or refused the undo): left as they are. */
  kept: { row: number; record: string; reason: string }[]
}

/**
 * Undoes an import as its importer: each record it created is deleted and each record it updated
 * gets its earlier values back — only where the record's `updatedAt` is still the one the import
 * left, so nobody's later edit is overwritten; those rows are listed instead. Safe to repeat.
 */
export async function undoImport(payload: Payload, id: Id): Promise<UndoReport> {
  const doc = await loadImport(payload, id)
  const user = await importerOf(payload, doc.user)
  const language = toLanguage((user as { language?: string }).language)
  const rows = await rowRecords(payload, id, { outcome: { in: ['created', 'updated'] }, undone: { not_equals: true } })
  const report: UndoReport = { removed: 0, restored: 0, kept: [] }
  // Latest first: a record updated by a later row after being created by an earlier one unwinds in order.
  for (const row of [...rows.values()].reverse()) {
    const recordId = /^\d+$/.test(String(row.record)) ? Number(row.record) : String(row.record)
    const current = (await payload.findByID({
      collection: doc.collection,
      id: recordId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { updatedAt: true },
    })) as { updatedAt?: string } | null
    const keep = (reason: string) => report.kept.push({ row: row.row, record: String(row.record), reason })
    if (!current || String(current.updatedAt) !== String(row.savedAt)) {
      keep(importMessage(language, 'changedSince', { id: String(row.record) }))
      continue
    }
    const req = await importRequest(payload, user, doc.tenant, { skipDuplicateCheck: true })
    try {
      if (row.outcome === 'created')
        await payload.delete({ collection: doc.collection, id: recordId, req, user: user as never, overrideAccess: false })
      else await restore(payload, doc.collection, recordId, row, req)
      await updateRowRecord(payload, undefined, row.id, { undone: true })
      if (row.outcome === 'created') report.removed++
      else report.restored++
    } catch (error) {
      keep(errorText(error))
    }
  }
  await payload.update({
    collection: 'imports',
    id,
    data: { status: report.kept.length === 0 ? 'undone' : 'done', undoReport: report },
    overrideAccess: true,
    depth: 0,
    select: { status: true },
  })
  return report
}

async function restore(
  payload: Payload,
  collection: string,
  id: Id,
  row: RowRecord,
  req: Awaited<ReturnType<typeof importRequest>>,
) {
  await payload.update({ collection, id, data: row.before ?? {}, req, user: req.user, overrideAccess: false, depth: 0 })
}
