import { idOf } from '../../../access/types'
import { startApproval as start } from '../../../approvals/server/startApproval'
import type { Effect } from '../../engine'
import { loadRecord } from '../loadRecord'
import type { Applier } from '../types'

type StartApproval = Extract<Effect, { kind: 'startApproval' }>

/**
 * Submits the record to the named approval process, as whoever moved it (else its owner). A record
 * already pending in that process counts as started: a retry on SQLite, where the request may have
 * been stored before a crash, does not fail or submit twice.
 */
export const startApproval: Applier<StartApproval> = {
  inDatabase: true,
  apply: async (req, effect, target) => {
    const pending = await req.payload.count({
      collection: 'approval-requests',
      where: {
        and: [
          { entity: { equals: target.entity } },
          { record: { equals: String(target.record) } },
          { process: { equals: effect.process } },
          { status: { equals: 'pending' } },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (pending.totalDocs > 0) return
    const record = await loadRecord(req, target)
    const submitter = target.actor ?? idOf(record.owner)
    if (submitter == null) throw new Error('The record has no owner and nobody moved it: no one to submit the approval.')
    await start(req, { tenant: target.tenant, process: effect.process, entity: target.entity, record, submitter })
  },
}
