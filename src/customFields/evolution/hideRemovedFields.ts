import type { CollectionAfterReadHook } from 'payload'
import { idOf } from '../../access/types'
import { publishedSchema } from '../publishedSchema'

/**
 * A field removed from the published version keeps its stored values (nothing is erased until an admin
 * purges it), but users no longer see them: reads by a user leave removed keys out. Server code (the
 * purge, the audit trail, exports of personal data) reads past access and still finds them.
 */
export const hideRemovedFields: CollectionAfterReadHook = async ({ collection, doc, overrideAccess, req }) => {
  const custom = doc?.custom as Record<string, unknown> | null | undefined
  if (!custom || !req.user || overrideAccess === true) return doc
  const tenant = idOf(doc.tenant)
  if (tenant == null) return doc
  const { schema } = await publishedSchema(req, tenant, collection.slug)
  const removed = Object.keys(custom).filter((key) => schema.properties[key]?.['x-removed'])
  if (removed.length === 0) return doc
  const visible = { ...custom }
  for (const key of removed) delete visible[key]
  return { ...doc, custom: visible }
}
