import type { Payload } from 'payload'
import { sharedAccessContext } from '../../access/accessContext'
import type { Id } from '../../access/types'
import { ImportFileError } from '../messages'
import { importerOf, importRequest } from './importRequest'
import { loadImport, parsedFileOf } from './loadImport'
import { planContext } from './planContext'
import { planRow } from './planRow'
import { countOutcomes, rowRecords, writeRowRecord } from './rowOutcomes'
import { type RowProbe, reconcilePending, writeRow } from './writeRow'

/** Progress is saved (and a cancel looked for) this often. */
const PROGRESS_EVERY_ROWS = 50
const PROGRESS_EVERY_MS = 1000

const setImport = (payload: Payload, id: Id, data: Record<string, unknown>) =>
  payload.update({ collection: 'imports', id, data, overrideAccess: true, depth: 0, select: { status: true } })

/**
 * A progress tick: the count and heartbeat written by the adapter alone, the status read back for a
 * cancel. `payload.update` would read, merge and validate the whole import — its stored file
 * included, megabytes for a large one — every second of the run.
 */
const tick = async (payload: Payload, id: Id, processed: number) =>
  (await payload.db.updateOne({
    collection: 'imports',
    id,
    data: { processed, heartbeatAt: new Date().toISOString() },
    select: { status: true },
  })) as { status?: string } | null

/**
 * Runs (or resumes) an import: every row of the file gets exactly one row record — created, updated,
 * skipped or rejected — so created + updated + skipped + rejected = rows. Rows that already have
 * one (a run that crashed or was stopped) are not touched again. Returns the final status.
 */
export async function runImport(payload: Payload, id: Id, probe?: RowProbe): Promise<'done' | 'cancelled' | 'failed'> {
  const doc = await loadImport(payload, id, { withFile: true })
  if (['done', 'cancelled', 'undone', 'failed'].includes(doc.status)) return doc.status as 'done'
  await setImport(payload, id, { status: 'running', heartbeatAt: new Date().toISOString() })
  try {
    const file = await parsedFileOf(doc)
    const user = await importerOf(payload, doc.user)
    const req = await importRequest(payload, user, doc.tenant)
    const ctx = await planContext(req, doc.tenant, doc.settings, file.headers, { dryRun: false })
    const target = {
      payload,
      importId: id,
      tenant: doc.tenant,
      collection: doc.collection,
      user,
      access: sharedAccessContext(),
    }
    const recorded = await rowRecords(payload, id)
    let processed = recorded.size
    let savedAt = Date.now()
    for (let index = 0; index < file.rows.length; index++) {
      const rowNumber = index + 1
      const existing = recorded.get(rowNumber)
      if (existing && existing.outcome !== 'pending') continue
      if (existing && (await reconcilePending(target, existing))) {
        processed++
        continue
      }
      const plan = await planRow(ctx, rowNumber, file.rows[index])
      if (plan.action === 'create' || plan.action === 'update') await writeRow(target, rowNumber, plan, existing, probe)
      else
        await writeRowRecord(payload, undefined, {
          import: id,
          tenant: doc.tenant,
          user: user.id,
          row: rowNumber,
          outcome: plan.action === 'skip' ? 'skipped' : 'rejected',
          reason: plan.reason,
          undone: false,
        })
      processed++
      if (processed % PROGRESS_EVERY_ROWS === 0 || Date.now() - savedAt > PROGRESS_EVERY_MS) {
        savedAt = Date.now()
        // A role or membership taken from the importer tells from the next tick on.
        target.user = await importerOf(payload, doc.user)
        target.access = sharedAccessContext()
        const now = await tick(payload, id, processed)
        if (now?.status === 'cancelling') {
          await setImport(payload, id, { status: 'cancelled', ...(await countOutcomes(payload, id)), processed })
          return 'cancelled'
        }
      }
    }
    await setImport(payload, id, { status: 'done', processed, total: file.rows.length, ...(await countOutcomes(payload, id)) })
    return 'done'
  } catch (error) {
    // A file problem found only now (the stored file no longer parses) or a lost database: say so on the import.
    const text = error instanceof ImportFileError ? error.text('en') : String((error as Error)?.message ?? error)
    await setImport(payload, id, { status: 'failed', error: text.slice(0, 2000) })
    throw error
  }
}
