import type { Effect } from '../../engine'
import type { Applier } from '../types'
import { FROM_EFFECT } from '../types'

type SetField = Extract<Effect, { kind: 'setField' }>

/**
 * Sets one field (`custom.<key>` for a custom field) through the Local API with the job's request, so
 * the record's validation, field rules and workflow checks all run as for any other write.
 */
export const setField: Applier<SetField> = {
  inDatabase: true,
  apply: async (req, effect, target) => {
    const data: Record<string, unknown> = effect.field.startsWith('custom.')
      ? { custom: { [effect.field.slice('custom.'.length)]: effect.value } }
      : { [effect.field]: effect.value }
    await req.payload.update({
      collection: target.entity as 'accounts',
      id: target.record,
      data,
      overrideAccess: true,
      context: { [FROM_EFFECT]: target.idempotencyKey },
      req,
    })
  },
}
