import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { relatedToWhere } from '../../fields/relatedToWhere'

/** The required actions a record has done: its completed activities that name a workflow action. */
export async function doneActions(req: PayloadRequest, entity: string, id: Id): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection: 'activities',
    where: {
      and: [relatedToWhere(entity, id), { status: { equals: 'done' } }, { workflowAction: { exists: true } }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { workflowAction: true },
    req,
  })
  return new Set(docs.map((d) => String((d as { workflowAction?: string }).workflowAction)).filter(Boolean))
}
