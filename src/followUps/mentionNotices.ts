import type { CollectionAfterChangeHook } from 'payload'
import { notify } from '../notifications/notify'
import { relatedRecord } from './lastFollowUp'
import { mentionsIn, withoutMarkers } from './mentions'

/**
 * Colleagues mentioned in an activity's outcome or a note's body get an in-app notification linking to
 * the record (or to the activity or note itself when it hangs on none). Only mentions new in this
 * save, only members of the record's tenant (an id of someone elsewhere is ignored, not an error),
 * never the author; keyed, so a retried save does not notify twice. In the save's transaction.
 */
export const notifyMentions =
  (textField: string, titleField: string): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    const before = new Set(operation === 'update' ? mentionsIn(previousDoc?.[textField]).map((m) => m.id) : [])
    const fresh = mentionsIn(doc[textField]).filter((m) => !before.has(m.id) && m.id !== String(req.user?.id))
    if (fresh.length === 0 || doc.tenant == null) return doc
    const tenant = typeof doc.tenant === 'object' ? doc.tenant.id : doc.tenant
    const members = await req.payload.find({
      collection: 'users',
      where: { and: [{ id: { in: fresh.map((m) => m.id) } }, { 'memberships.tenant': { equals: tenant } }] },
      limit: fresh.length,
      depth: 0,
      select: { id: true },
      overrideAccess: true,
      req,
    })
    if (members.docs.length === 0) return doc
    const author = String((req.user as { name?: string; email?: string } | null)?.name ?? req.user?.email ?? '')
    const title = withoutMarkers(String(doc[titleField] ?? '')).slice(0, 80)
    const target = relatedRecord(doc) ?? { collection: collection.slug, id: doc.id }
    await notify(
      req,
      members.docs.map((u) => u.id),
      {
        tenant,
        kind: 'mention',
        text: { zh: `${author} 在「${title}」中提到了你`, en: `${author} mentioned you in "${title}"` },
        entity: target.collection,
        record: target.id,
        key: `mention:${collection.slug}:${doc.id}`,
      },
    )
    return doc
  }
