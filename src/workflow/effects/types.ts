import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { Effect } from '../engine'

/** What an effect acts on: the record that changed stage and who moved it. */
export type EffectTarget = {
  effectId: Id
  tenant: Id
  entity: string
  record: Id
  actor: Id | null
  /** Stable across retries: receivers of emails and webhooks drop repeats by it. */
  idempotencyKey: string
}

/**
 * Effects inside our database are applied in the transaction that marks them done (exactly once);
 * effects outside it are delivered, then marked done (at least once, with the idempotency key).
 */
export type Applier<E extends Effect = Effect> =
  | { inDatabase: true; apply: (req: PayloadRequest, effect: E, target: EffectTarget) => Promise<void> }
  | { inDatabase: false; deliver: (payload: Payload, effect: E, target: EffectTarget) => Promise<void> }

/** Context flag on the writes effects make: they do not queue effects themselves (no endless loops). */
export const FROM_EFFECT = 'workflowEffect'
