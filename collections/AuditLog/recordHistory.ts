import { type Endpoint, NotFound, type PayloadRequest } from 'payload'
import { restrictAuditEntries } from '../../src/fieldPermissions/restrictAuditEntries'
import { maskAuditEntriesFor } from '../../src/privacy/maskAuditChanges'

/**
 * GET /api/audit-log/record/:entity/:id — a record's history, for anyone who may read the record
 * (the audit trail itself is for admins), including the history of records merged into it. Newest
 * first, paginated.
 */
export const recordHistory: Endpoint = {
  path: '/record/:entity/:id',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const entity = String(req.routeParams?.entity ?? '')
    const id = String(req.routeParams?.id ?? '')
    if (!req.payload.collections[entity]?.config.custom?.business) throw new NotFound(req.t)
    // The reader's own access decides: a record they cannot read has no history for them.
    await req.payload.findByID({ collection: entity, id, depth: 0, overrideAccess: false, user: req.user, req, trash: true })
    const page = Math.max(1, Number(req.searchParams.get('page')) || 1)
    const limit = Math.min(100, Math.max(1, Number(req.searchParams.get('limit')) || 20))
    const history = await req.payload.find({
      collection: 'audit-log',
      where: { and: [{ entity: { equals: entity } }, { recordId: { in: await withMergedRecords(req, entity, id) } }] },
      sort: '-createdAt',
      page,
      limit,
      depth: 1,
      // Read past access, so only what the history shows of related rows: never a tenant's settings
      // (its CTI secret) nor a user's account fields.
      populate: { users: { name: true, email: true }, tenants: { name: true } },
      overrideAccess: true,
      req,
    })
    // Read past access above, so masking is asked for explicitly: the reader sees what the record shows them.
    return Response.json({
      ...history,
      docs: await restrictAuditEntries(
        req,
        await maskAuditEntriesFor(req, history.docs as { entity?: string; changes?: unknown }[], false),
        false,
      ),
    })
  },
}

/**
 * The record and every record merged into it, at any depth (C into B, then B into A): a merge keeps
 * the duplicate's own entries untouched and links them through the merge entry, so the trail stays
 * append-only and the survivor's history still shows them.
 */
async function withMergedRecords(req: PayloadRequest, entity: string, id: string): Promise<string[]> {
  const ids = new Set([id])
  let frontier = [id]
  while (frontier.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'audit-log',
      where: { and: [{ entity: { equals: entity } }, { action: { equals: 'merge' } }, { recordId: { in: frontier } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { mergedRecordId: true },
    })
    frontier = docs.map((d) => String(d.mergedRecordId)).filter((merged) => merged && !ids.has(merged))
    for (const merged of frontier) ids.add(merged)
  }
  return [...ids]
}
