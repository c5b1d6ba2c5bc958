import type { Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import { compareAndSet } from '../../concurrency/compareAndSet'
import { inOwnTransaction } from '../../db/ownTransaction'
import type { Effect } from '../engine'
import { applierFor } from './registry'
import { type EffectTarget, FROM_EFFECT } from './types'

/** Attempts before an effect is marked failed (the job's retries, with exponential backoff). */
export const MAX_EFFECT_ATTEMPTS = 5

type Row = {
  id: Id
  tenant: unknown
  entity: string
  record: string
  actor?: unknown
  kind: string
  effect: Effect
  status: 'pending' | 'done' | 'failed'
  attempts?: number
  idempotencyKey: string
}
export type EffectOutcome = 'done' | 'skipped' | 'failed' | 'retry'
/** Test seams: called where a crash would hurt most. */
export type EffectProbes = {
  /** In-database effects: after the applier's writes, before the row is marked done and committed. */
  beforeCommit?: () => Promise<void>
  /** Outside effects: after the delivery, before the row is marked done. */
  afterDeliver?: () => Promise<void>
}

class AlreadyDone extends Error {}
const system = { overrideAccess: true, depth: 0 } as const
const mark = (payload: Payload, id: Id, data: Record<string, unknown>) =>
  payload.update({ collection: 'workflow-effects', id, data, ...system })

/**
 * Runs one effect row. In-database effects: the applier's writes and `status: done` commit together,
 * so a repeated run finds it done and stops. Outside effects: delivered, then marked done; a crash in between delivers again with
 * the same idempotency key. A failure is retried (`retry`, the job throws) until MAX_EFFECT_ATTEMPTS,
 * then the row is `failed` with the error; the record is left as it was.
 */
export async function runEffect(payload: Payload, id: Id, probes: EffectProbes = {}): Promise<EffectOutcome> {
  const row = (await payload.findByID({ collection: 'workflow-effects', id, ...system, disableErrors: true })) as Row | null
  if (row?.status !== 'pending') return 'skipped'
  const attempts = Number(row.attempts ?? 0) + 1
  await mark(payload, id, { attempts })
  const applier = applierFor(row.kind)
  if (!applier) {
    await mark(payload, id, {
      status: 'failed',
      lastError: `Unknown effect kind "${row.kind}": no applier is registered for it.`,
    })
    return 'failed'
  }
  const target: EffectTarget = {
    effectId: id,
    tenant: idOf(row.tenant) as Id,
    entity: row.entity,
    record: /^\d+$/.test(row.record) ? Number(row.record) : row.record,
    actor: idOf(row.actor),
    idempotencyKey: row.idempotencyKey,
  }
  const done = { status: 'done', doneAt: new Date().toISOString(), lastError: null }
  try {
    if (applier.inDatabase) {
      // Applied, then marked done with a compare-and-set from pending, in one transaction (PostgreSQL):
      // of two runs at once the second waits for the first's commit, finds the row done and rolls back.
      // SQLite has no transaction: the appliers are safe to repeat (keyed creates, a kept choice).
      const applied = await inOwnTransaction(payload, { [FROM_EFFECT]: row.idempotencyKey }, async (req) => {
        await applier.apply(req, row.effect as never, target)
        await probes.beforeCommit?.()
        if (await compareAndSet(req, 'workflow-effects', id, { status: { equals: 'pending' } }, done)) return true
        throw new AlreadyDone()
      }).catch((error) => {
        if (error instanceof AlreadyDone) return false
        throw error
      })
      return applied ? 'done' : 'skipped'
    }
    await applier.deliver(payload, row.effect as never, target)
    await probes.afterDeliver?.()
    await mark(payload, id, done)
    return 'done'
  } catch (error) {
    const lastError = String((error as Error)?.message ?? error).slice(0, 2000)
    const failed = attempts >= MAX_EFFECT_ATTEMPTS
    await mark(payload, id, { lastError, ...(failed ? { status: 'failed' } : {}) })
    return failed ? 'failed' : 'retry'
  }
}
