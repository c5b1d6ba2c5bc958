import { notify } from '../../../notifications/notify'
import { recordTitle } from '../../../notifications/recordTitle'
import type { Effect } from '../../engine'
import { candidates } from '../assign/candidates'
import { decided } from '../assign/decided'
import { leastLoaded } from '../assign/leastLoaded'
import { nextInTurn } from '../assign/roundRobin'
import type { Applier } from '../types'

type Assign = Extract<Effect, { kind: 'assign' }>

/** Makes a user the record's owner (fixed, round robin or least loaded) and tells them. */
export const assign: Applier<Assign> = {
  inDatabase: true,
  apply: async (req, effect, target) => {
    const owner = await decided(req, target, async () => {
      const pool = await candidates(req, target.tenant, effect.users, effect.role)
      if (pool.length === 0)
        throw new Error(`assign: nobody to assign (users ${JSON.stringify(effect.users ?? [])}, role ${effect.role ?? '-'})`)
      const poolKey = effect.users?.length ? `users:${[...effect.users].sort().join(',')}` : `role:${effect.role}`
      if (effect.strategy === 'roundRobin')
        return nextInTurn(req, target.tenant, `${target.tenant}:${target.entity}:${poolKey}`, pool)
      if (effect.strategy === 'leastLoaded') return leastLoaded(req, target.tenant, target.entity, pool)
      return pool[0]
    })
    const doc = await req.payload.update({
      collection: target.entity as 'accounts',
      id: target.record,
      data: { owner },
      overrideAccess: true,
      req,
    })
    const title = recordTitle(req.payload, target.entity, doc as unknown as Record<string, unknown>)
    await notify(req, [owner], {
      tenant: target.tenant,
      kind: 'assignment',
      text: { zh: `“${title}”已分配给您。`, en: `"${title}" was assigned to you.` },
      entity: target.entity,
      record: target.record,
      key: target.idempotencyKey,
    })
  },
}
