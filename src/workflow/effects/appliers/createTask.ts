import { idOf } from '../../../access/types'
import type { Effect } from '../../engine'
import { createOnce } from '../createOnce'
import { loadRecord } from '../loadRecord'
import type { Applier } from '../types'

type CreateTask = Extract<Effect, { kind: 'createTask' }>

/** A task on the record for its owner (or whoever moved it), due after `dueInHours`. */
export const createTask: Applier<CreateTask> = {
  inDatabase: true,
  apply: async (req, effect, target) => {
    const record = await loadRecord(req, target)
    const assignee = effect.assignTo === 'actor' ? (target.actor ?? idOf(record.owner)) : (idOf(record.owner) ?? target.actor)
    await createOnce(req, 'tasks', target.idempotencyKey, {
      tenant: target.tenant,
      subject: effect.subject.zh || effect.subject.en || '',
      assignee: assignee ?? null,
      owner: assignee ?? null,
      dueAt: effect.dueInHours != null ? new Date(Date.now() + effect.dueInHours * 3_600_000).toISOString() : null,
      relatedTo: { relationTo: target.entity, value: target.record },
    })
  },
}
