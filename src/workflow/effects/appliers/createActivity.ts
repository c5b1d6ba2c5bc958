import { idOf } from '../../../access/types'
import type { Effect } from '../../engine'
import { createOnce } from '../createOnce'
import { loadRecord } from '../loadRecord'
import type { Applier } from '../types'

type CreateActivity = Extract<Effect, { kind: 'createActivity' }>

/** A planned activity (call, visit, …) on the record, owned by the record's owner. */
export const createActivity: Applier<CreateActivity> = {
  inDatabase: true,
  apply: async (req, effect, target) => {
    const record = await loadRecord(req, target)
    await createOnce(req, 'activities', target.idempotencyKey, {
      tenant: target.tenant,
      subject: effect.subject.zh || effect.subject.en || '',
      type: effect.activityType,
      status: 'planned',
      owner: idOf(record.owner) ?? target.actor ?? null,
      relatedTo: { relationTo: target.entity, value: target.record },
    })
  },
}
