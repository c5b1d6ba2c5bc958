import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { CustomSchema } from '../customSchema'
import { classifyChanges, touchesData } from './classifyChanges'
import { convertRecord, type MigrationChange } from './convertRecord'

const SAMPLES = 10
const BATCH = 500

export type DryRun = {
  /** Changes that convert or check stored values; empty when the draft touches no data. */
  changes: MigrationChange[]
  total: number
  /** Records whose values stay, convert, or hold a value that cannot be kept (or lack a required one). */
  unchanged: number
  converted: number
  failed: number
  samples: {
    converted: { id: Id; field: string; from: unknown; to: unknown }[]
    failed: { id: Id; field: string; value: unknown; reason: string }[]
  }
}

/** The changes a draft brings, with both definitions, for the dry run and the migration that applies them. */
export function migrationChanges(published: CustomSchema | null, draft: CustomSchema): MigrationChange[] {
  return classifyChanges(published, draft)
    .filter(touchesData)
    .map((change) => ({ ...change, before: published?.properties[change.key], after: draft.properties[change.key] }))
}

/**
 * What publishing a draft would do to the records already stored, without changing any: every record
 * of the tenant's entity (the recycle bin included: a restore brings values back) is converted in
 * memory exactly as the migration will convert it, and counted, with samples of each outcome.
 */
export async function dryRun(
  req: PayloadRequest,
  tenant: Id,
  entity: string,
  published: CustomSchema | null,
  draft: CustomSchema,
): Promise<DryRun> {
  const changes = migrationChanges(published, draft)
  const result: DryRun = { changes, total: 0, unchanged: 0, converted: 0, failed: 0, samples: { converted: [], failed: [] } }
  if (changes.length === 0) return result
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await req.payload.find({
      collection: entity as 'accounts',
      where: { tenant: { equals: tenant } },
      sort: 'id',
      limit: BATCH,
      page,
      depth: 0,
      trash: true,
      overrideAccess: true,
      select: { custom: true },
      req,
    })
    for (const doc of docs as unknown as { id: Id; custom?: Record<string, unknown> }[]) {
      result.total++
      const { audit, failures } = convertRecord(doc.custom, changes)
      if (failures.length > 0) result.failed++
      else if (audit.length > 0) result.converted++
      else result.unchanged++
      for (const f of failures)
        if (result.samples.failed.length < SAMPLES)
          result.samples.failed.push({ id: doc.id, field: `custom.${f.key}`, value: f.value, reason: f.reason })
      for (const a of audit)
        if (a.after != null && result.samples.converted.length < SAMPLES)
          result.samples.converted.push({ id: doc.id, field: a.field, from: a.before, to: a.after })
    }
    if (!hasNextPage) return result
  }
}
