import type { PayloadRequest, Where } from 'payload'
import type { Id } from '../../../access/types'
import { activeWorkflows } from '../../server/activeWorkflows'

/**
 * The user with the fewest open records of the entity (ties: the first by id). Open means not in a
 * final stage of any active workflow of the entity (every record when the entity has none).
 */
export async function leastLoaded(req: PayloadRequest, tenant: Id, entity: string, pool: Id[]): Promise<Id> {
  const workflows = await activeWorkflows(req, tenant, entity)
  const open = workflows.flatMap((w) => w.stages.filter((s) => s.final).map((s) => ({ field: w.field ?? 'stage', key: s.key })))
  const finals = open.map((s) => s.key)
  const field = open[0]?.field ?? 'stage'
  let best: { id: Id; load: number } | null = null
  for (const user of pool) {
    const where: Where[] = [
      { tenant: { equals: tenant } },
      { owner: { equals: user } },
      ...(finals.length ? [{ [field]: { not_in: finals } }] : []),
    ]
    const { totalDocs } = await req.payload.count({
      collection: entity as 'accounts',
      where: { and: where },
      overrideAccess: true,
      req,
    })
    if (!best || totalDocs < best.load) best = { id: user, load: totalDocs }
  }
  return (best as { id: Id }).id
}
