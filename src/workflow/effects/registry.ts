import type { Effect } from '../engine'
import { assign } from './appliers/assign'
import { createActivity } from './appliers/createActivity'
import { createTask } from './appliers/createTask'
import { sendEmail } from './appliers/sendEmail'
import { setField } from './appliers/setField'
import { startApproval } from './appliers/startApproval'
import { webhook } from './appliers/webhook'
import type { Applier } from './types'

/** The applier of each effect kind; a kind with no applier fails its effect row with a clear error instead of crashing the job. */
export const appliers: Partial<Record<Effect['kind'], Applier<never>>> = {
  setField,
  assign,
  createTask,
  createActivity,
  sendEmail,
  webhook,
  startApproval,
}

export function registerApplier<K extends Effect['kind']>(kind: K, applier: Applier<Extract<Effect, { kind: K }>>) {
  appliers[kind] = applier as Applier<never>
}

export const applierFor = (kind: string): Applier | null => (appliers[kind as Effect['kind']] as Applier | undefined) ?? null
