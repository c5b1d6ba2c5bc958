import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { idOf } from '../access/types'
import { withUnrestrictedValues } from '../fieldPermissions/withUnrestrictedValues'
import { withRealValues } from '../privacy/withRealValues'
import { diffRecords, type FieldChange } from './diff'

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'purge'

/** Seeds and imports can turn the trail off for bulk fixtures (`context: { skipAudit: true }`). */
const skipped = (req: PayloadRequest) => req.context?.skipAudit === true

async function write(
  req: PayloadRequest,
  slug: string,
  doc: Record<string, unknown>,
  action: AuditAction,
  changes: FieldChange[],
) {
  if (changes.length === 0 && action === 'update') return
  await req.payload.create({
    collection: 'audit-log',
    data: {
      tenant: idOf(doc.tenant),
      user: req.user?.collection === 'users' ? req.user.id : null,
      action,
      entity: slug,
      recordId: String(doc.id),
      changes,
    },
    overrideAccess: true,
    // Nothing reads the entry back: populating its user and tenant cost three queries per write.
    depth: 0,
    req, // same transaction: no change without its trail
  })
}

/** Every create, update, soft delete and restore of a business record, field by field. */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (skipped(req)) return doc
  // The doc has been through afterRead for the writer: a masked viewer's copy has stars in it.
  const stored = await withUnrestrictedValues(req, collection.slug, await withRealValues(req, collection.slug, doc))
  if (operation === 'create') {
    await write(req, collection.slug, doc, 'create', diffRecords(null, stored))
    return doc
  }
  const wasTrashed = Boolean(previousDoc?.deletedAt)
  const isTrashed = Boolean(doc.deletedAt)
  const action: AuditAction = !wasTrashed && isTrashed ? 'delete' : wasTrashed && !isTrashed ? 'restore' : 'update'
  await write(req, collection.slug, doc, action, diffRecords(previousDoc, stored))
  return doc
}

/** A permanent delete (purge from the recycle bin) keeps what the record held. */
export const auditPurge: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (skipped(req)) return doc
  await write(req, collection.slug, doc, 'purge', diffRecords(doc, null))
  return doc
}
