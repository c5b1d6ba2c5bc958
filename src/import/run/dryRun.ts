import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { ImportSettings } from '../options'
import type { ParsedFile } from '../parse/readFile'
import { planContext } from './planContext'
import { planRow } from './planRow'
import type { Counts } from './rowOutcomes'

const OUTCOME = { create: 'created', update: 'updated', skip: 'skipped', reject: 'rejected' } as const
export type DryRunRow = { row: number; outcome: (typeof OUTCOME)[keyof typeof OUTCOME]; reason?: string; record?: Id | null }

/**
 * What the run would do with each row, writing nothing: the same planning as the run (conversion,
 * lookups, required fields, the custom schema, duplicates, including rows of the file that match an
 * earlier row). Only the checks of the write itself (workflow rules, permissions on a field) can
 * still refuse a row in the run; the run reports those rows as rejected with the reason.
 */
export async function dryRun(
  req: PayloadRequest,
  tenant: Id,
  settings: ImportSettings,
  file: ParsedFile,
): Promise<{ counts: Counts; rows: DryRunRow[] }> {
  const ctx = await planContext(req, tenant, settings, file.headers, { dryRun: true })
  const counts: Counts = { created: 0, updated: 0, skipped: 0, rejected: 0 }
  const rows: DryRunRow[] = []
  for (let index = 0; index < file.rows.length; index++) {
    const plan = await planRow(ctx, index + 1, file.rows[index])
    const outcome = OUTCOME[plan.action]
    counts[outcome]++
    rows.push({
      row: index + 1,
      outcome,
      ...('reason' in plan && plan.reason ? { reason: plan.reason } : {}),
      ...(plan.action === 'update' ? { record: plan.id } : {}),
    })
  }
  return { counts, rows }
}
