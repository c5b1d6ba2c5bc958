import { Forbidden, type PayloadRequest, ValidationError, type Where } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { type Id, idOf, sameId } from '../access/types'
import { message, toLanguage } from '../i18n'

export type HandOverResult = { moved: Record<string, number>; skipped: Record<string, number> }

/** The collections whose records belong to someone (owner field), in the order they are handed over. */
const ownedCollections = (req: PayloadRequest) =>
  req.payload.config.collections.filter((c) => c.custom?.business && c.custom?.owned).map((c) => c.slug)

/**
 * Hand-over: every record of one person in the active tenant goes to another, collection by
 * collection, page by page, through the normal update (so scopes, validation and the audit trail
 * apply). Records the actor may not update are counted as skipped, never silently moved.
 */
export async function handOver(
  req: PayloadRequest,
  fromId: Id,
  toId: Id,
  onProgress: (slug: string, done: number) => void = () => undefined,
): Promise<HandOverResult> {
  const lang = toLanguage(req.i18n?.language)
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null) throw new Forbidden(req.t)
  const target = await req.payload.findByID({
    collection: 'users',
    id: toId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const membership = (target?.memberships as { tenant: unknown; department?: unknown }[] | undefined)?.find((m) =>
    sameId(m.tenant, context.tenantId),
  )
  if (!target || !membership || sameId(fromId, toId)) {
    throw new ValidationError({ errors: [{ path: 'to', message: message(lang, 'relationOtherTenant', { field: 'to' }) }] }, req.t)
  }
  const result: HandOverResult = { moved: {}, skipped: {} }
  for (const slug of ownedCollections(req)) {
    const mine: Where = { and: [{ tenant: { equals: context.tenantId } }, { owner: { equals: fromId } }] }
    const { totalDocs } = await req.payload.count({ collection: slug, where: mine, overrideAccess: true, req })
    if (totalDocs === 0) continue
    let moved = 0
    for (;;) {
      const page = await req.payload.update({
        collection: slug,
        where: mine,
        data: { owner: toId, department: idOf(membership.department) },
        limit: 100,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const done = page.docs.length
      moved += done
      onProgress(slug, moved)
      if (done === 0) break
    }
    result.moved[slug] = moved
    if (totalDocs > moved) result.skipped[slug] = totalDocs - moved
  }
  return result
}
