import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { Effect } from '../engine'
import { FROM_EFFECT } from './types'

type Origin = {
  tenant: Id
  entity: string
  record: Id
  /** The workflow-transitions row of the move; null when a new record enters its first stage. */
  transition: Id | null
  actor: Id | null
}

/**
 * One `workflow-effects` row per effect and one job to run them, written with the caller's request, so
 * in the transaction of the stage change: a move that is rolled back leaves no effect behind. The
 * idempotency key is derived from the move and the effect's position, the same on every retry. Writes
 * made by effects queue no effects of their own, so effects never loop.
 */
export async function queueEffects(req: PayloadRequest, origin: Origin, effects: readonly Effect[]): Promise<void> {
  if (effects.length === 0 || req.context?.[FROM_EFFECT]) return
  const base = origin.transition != null ? `wfe:${origin.transition}` : `wfe:${origin.entity}:${origin.record}:enter`
  const ids: string[] = []
  for (const [index, effect] of effects.entries()) {
    const row = await req.payload.create({
      collection: 'workflow-effects',
      data: {
        tenant: origin.tenant,
        entity: origin.entity,
        record: String(origin.record),
        transition: origin.transition,
        actor: origin.actor,
        index,
        kind: String(effect.kind),
        effect: effect as unknown as Record<string, unknown>,
        status: 'pending',
        attempts: 0,
        idempotencyKey: `${base}:${index}`,
      },
      overrideAccess: true,
      req,
    })
    ids.push(String(row.id))
  }
  // One job per move runs its effects in order, so two effects of one move never write the record at once.
  await req.payload.jobs.queue({ task: 'runWorkflowEffects', input: { effects: ids.join(',') }, req })
}
