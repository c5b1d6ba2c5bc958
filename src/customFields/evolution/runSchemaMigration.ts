import { createLocalReq, type Payload, type Where } from 'payload'
import { type Id, idOf } from '../../access/types'
import { compareAndSet } from '../../concurrency/compareAndSet'
import { atomically } from '../../conversions/atomically'
import { mappedKinds } from '../slots/fieldMapping'
import { tenantMapping } from '../slots/slotMappings'
import { slotValuesFor } from '../slots/slotValues'
import { convertRecord, type MigrationChange } from './convertRecord'

type Migration = {
  id: Id
  tenant: unknown
  entity: string
  status: string
  changes: MigrationChange[]
  cursor?: string | null
  total?: number
  processed?: number
  startedBy?: unknown
}
type Row = { id: Id; custom?: Record<string, unknown> | null; updatedAt: string }

export type Progress = { processed: number; total: number; converted: number; failed: number }

/**
 * How long a runner's claim lasts without renewal (it is renewed before every batch): a killed runner's
 * migration is free again after it. A batch must finish within it — 10 s proved too short for 200
 * records on a loaded 2-core machine, where a second runner then redid the lapsed batch.
 */
const LEASE_MS = 30_000

/**
 * Claims (or renews, given the lease held) the right to apply a migration: a compare-and-set, so of
 * two runners — a retried job and a restarted worker, say — only one converts at a time.
 */
async function claim(payload: Payload, id: Id, held: string | null): Promise<string | null> {
  const req = await createLocalReq({}, payload)
  const until = new Date(Date.now() + LEASE_MS).toISOString()
  const free: Where = held
    ? { lockedUntil: { equals: held } }
    : { or: [{ lockedUntil: { exists: false } }, { lockedUntil: { less_than: new Date().toISOString() } }] }
  const claimed = await compareAndSet(
    req,
    'schema-migrations',
    id,
    { and: [{ status: { equals: 'running' } }, free] },
    { lockedUntil: until },
  )
  return claimed ? until : null
}

const idAfter = (cursor: string) => (/^\d+$/.test(cursor) ? Number(cursor) : cursor)

/** The counts are read from the audit trail, which has one entry per touched record: exact after any restart. */
async function counts(payload: Payload, migration: Migration) {
  const where = (failed: boolean): Where => ({
    and: [{ schemaMigration: { equals: migration.id } }, { reason: { exists: failed } }],
  })
  const [converted, failed] = await Promise.all([
    payload.count({ collection: 'audit-log', where: where(false), overrideAccess: true }),
    payload.count({ collection: 'audit-log', where: where(true), overrideAccess: true }),
  ])
  return { converted: converted.totalDocs, failed: failed.totalDocs }
}

/** One batch: convert, audit (once per record and migration), store, then advance the cursor. */
async function runBatch(payload: Payload, migration: Migration, batchSize: number): Promise<boolean> {
  const tenant = idOf(migration.tenant)
  const { docs } = await payload.find({
    collection: migration.entity as 'accounts',
    where: {
      and: [{ tenant: { equals: tenant } }, ...(migration.cursor ? [{ id: { greater_than: idAfter(migration.cursor) } }] : [])],
    },
    sort: 'id',
    limit: batchSize,
    pagination: false,
    depth: 0,
    trash: true,
    overrideAccess: true,
    select: { custom: true, updatedAt: true },
  })
  const rows = docs as unknown as Row[]
  const req = await createLocalReq({ context: { skipAudit: true } }, payload)
  if (rows.length === 0) {
    const { converted, failed } = await counts(payload, migration)
    await payload.update({
      collection: 'schema-migrations',
      id: migration.id,
      data: {
        status: 'done',
        finishedAt: new Date().toISOString(),
        converted,
        failed,
        processed: migration.total ?? migration.processed,
      },
      overrideAccess: true,
      req,
    })
    return false
  }
  await atomically(req, async () => {
    const audited = await payload.find({
      collection: 'audit-log',
      where: { and: [{ schemaMigration: { equals: migration.id } }, { recordId: { in: rows.map((r) => String(r.id)) } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { recordId: true },
      req,
    })
    const done = new Set(audited.docs.map((d) => String((d as { recordId: string }).recordId)))
    for (const row of rows) await migrateRow(req, migration, row, done.has(String(row.id)))
    await payload.update({
      collection: 'schema-migrations',
      id: migration.id,
      data: { cursor: String(rows[rows.length - 1].id), processed: (migration.processed ?? 0) + rows.length },
      overrideAccess: true,
      req,
    })
  })
  return true
}

/**
 * One record: its values converted and stored with a compare-and-set on `updatedAt`, so a user's save
 * in between is never overwritten (the record is read again and converted from what the user left).
 */
async function migrateRow(req: Awaited<ReturnType<typeof createLocalReq>>, migration: Migration, first: Row, audited: boolean) {
  let row: Row | null = first
  for (let attempt = 0; row && attempt < 5; attempt++) {
    const { next, audit, failures } = convertRecord(row.custom, migration.changes)
    if (audit.length === 0 && failures.length === 0) return
    if (!audited) {
      await req.payload.create({
        collection: 'audit-log',
        data: {
          tenant: idOf(migration.tenant),
          user: idOf(migration.startedBy) ?? null,
          action: 'migrate',
          entity: migration.entity,
          recordId: String(row.id),
          changes: audit,
          ...(failures.length > 0 ? { reason: failures.map((f) => `custom.${f.key}: ${f.reason}`).join('; ') } : {}),
          schemaMigration: migration.id,
        },
        overrideAccess: true,
        req,
      })
      audited = true
    }
    if (audit.length === 0) return
    // Written below the hooks, so the slot columns are mirrored here, as mirrorSlots does on a save.
    const { mapping } = await tenantMapping(req, idOf(migration.tenant) as Id, migration.entity)
    const { slots, kinds } = mappedKinds(mapping)
    const stored = await compareAndSet(
      req,
      migration.entity,
      row.id,
      { updatedAt: { equals: row.updatedAt } },
      { custom: next, ...slotValuesFor(next, slots, kinds), updatedAt: new Date().toISOString() },
    )
    if (stored) return
    row = (await req.payload.findByID({
      collection: migration.entity as 'accounts',
      id: row.id,
      depth: 0,
      overrideAccess: true,
      trash: true,
      disableErrors: true,
      req,
    })) as unknown as Row | null
  }
}

/**
 * Applies a schema migration to the end, batch by batch; safe to start again after a crash or a kill
 * (the cursor and the one-entry-per-record audit make a repeated batch a no-op). `onProgress` hears
 * after every batch.
 */
export async function runSchemaMigration(
  payload: Payload,
  id: Id,
  { batchSize = 200, onProgress }: { batchSize?: number; onProgress?: (p: Progress) => void } = {},
): Promise<Progress> {
  let lease: string | null = null
  for (;;) {
    const migration = (await payload.findByID({
      collection: 'schema-migrations',
      id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Migration
    if (migration.status !== 'running') {
      const { converted, failed } = await counts(payload, migration)
      return { processed: migration.processed ?? 0, total: migration.total ?? 0, converted, failed }
    }
    lease = await claim(payload, id, lease)
    if (!lease) {
      // Another runner holds it (or held it when it died): wait for it to finish or its lease to lapse.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      continue
    }
    const more = await runBatch(payload, migration, batchSize)
    if (onProgress) {
      const latest = (await payload.findByID({
        collection: 'schema-migrations',
        id,
        depth: 0,
        overrideAccess: true,
      })) as unknown as Migration
      onProgress({ processed: latest.processed ?? 0, total: latest.total ?? 0, ...(await counts(payload, latest)) })
    }
    if (!more) continue
  }
}
