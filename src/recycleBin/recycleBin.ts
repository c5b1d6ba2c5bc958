import { Forbidden, NotFound, type Payload, type PayloadRequest, type Where } from 'payload'
import { getAccessContext } from '../access/accessContext'
import type { Id } from '../access/types'

export type BinEntry = { collection: string; id: Id; title: string; deletedAt: string }

/** Collections with a recycle bin: every business collection. */
export const binCollections = (payload: Payload) =>
  payload.config.collections.filter((c) => c.trash && c.custom?.business).map((c) => c.slug)

async function adminContext(req: PayloadRequest) {
  const context = await getAccessContext(req)
  if (!context || !(context.tenantAdmin || context.superAdmin) || context.tenantId == null) throw new Forbidden(req.t)
  return context
}

/**
 * Deleted records of the tenant across modules, newest first, a page at a time. Each module is
 * asked only for as many rows as the page can still use, so a large bin is never loaded whole.
 */
export async function listBin(req: PayloadRequest, page: number, limit: number) {
  const context = await adminContext(req)
  const where: Where = { and: [{ tenant: { equals: context.tenantId } }, { deletedAt: { exists: true } }] }
  const wanted = page * limit
  const entries: BinEntry[] = []
  let totalDocs = 0
  for (const slug of binCollections(req.payload)) {
    const config = req.payload.collections[slug].config
    const titleField = config.admin?.useAsTitle ?? 'id'
    const { docs, totalDocs: count } = await req.payload.find({
      collection: slug,
      where,
      trash: true,
      sort: '-deletedAt',
      limit: wanted,
      depth: 0,
      overrideAccess: true,
      req,
      select: { [titleField]: true, deletedAt: true },
    })
    totalDocs += count
    for (const doc of docs as Record<string, unknown>[]) {
      entries.push({
        collection: slug,
        id: doc.id as Id,
        title: String(doc[titleField] ?? doc.id),
        deletedAt: String(doc.deletedAt),
      })
    }
  }
  entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
  return {
    docs: entries.slice((page - 1) * limit, page * limit),
    page,
    limit,
    totalDocs,
    totalPages: Math.max(1, Math.ceil(totalDocs / limit)),
  }
}

function assertBinCollection(req: PayloadRequest, collection: string) {
  if (!binCollections(req.payload).includes(collection)) throw new NotFound(req.t)
}

/** Restore: the record comes back as it was; soft delete never removed its links, so they come back too. */
export async function restore(req: PayloadRequest, collection: string, id: Id) {
  await adminContext(req)
  assertBinCollection(req, collection)
  return req.payload.update({
    collection,
    id,
    data: { deletedAt: null },
    trash: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
}

/** Purge: deleted for good (the audit trail keeps what it held). */
export async function purge(req: PayloadRequest, collection: string, id: Id) {
  await adminContext(req)
  assertBinCollection(req, collection)
  const doc = await req.payload.findByID({ collection, id, trash: true, depth: 0, overrideAccess: false, user: req.user, req })
  if (!doc.deletedAt) throw new NotFound(req.t) // only what is in the bin can be purged from it
  return req.payload.delete({ collection, id, trash: true, overrideAccess: false, user: req.user, req })
}

/** Nightly: what has been in a tenant's bin longer than its retention period is purged. */
export async function purgeExpired(payload: Payload, now = new Date()): Promise<number> {
  const { docs: tenants } = await payload.find({
    collection: 'tenants',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { recycleBinDays: true },
  })
  let purged = 0
  for (const tenant of tenants as { id: Id; recycleBinDays?: number | null }[]) {
    const days = tenant.recycleBinDays ?? 30
    const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
    for (const slug of binCollections(payload)) {
      const result = await payload.delete({
        collection: slug,
        where: { and: [{ tenant: { equals: tenant.id } }, { deletedAt: { less_than: cutoff } }] },
        trash: true,
        overrideAccess: true,
      })
      purged += result.docs.length
    }
  }
  return purged
}
