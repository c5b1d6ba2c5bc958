import type { PayloadRequest } from 'payload'
import { looksMasked } from './mask'
import { maskedFieldsOf } from './personalFields'

/**
 * A document as stored: where a masked viewer's read left stars in personal fields, the real
 * values are read back. Server code that copies or compares values (the audit trail, conversions)
 * works on this, never on what the viewer was shown.
 */
export async function withRealValues<T extends Record<string, unknown>>(req: PayloadRequest, slug: string, doc: T): Promise<T> {
  const fields = maskedFieldsOf(slug).filter(({ field }) => looksMasked(doc[field]))
  if (fields.length === 0 || doc.id == null) return doc
  const stored = (await req.payload.db.findOne({ collection: slug, where: { id: { equals: doc.id } }, req })) as Record<
    string,
    unknown
  > | null
  if (!stored) return doc
  const real: Record<string, unknown> = { ...doc }
  for (const { field } of fields) real[field] = stored[field]
  return real as T
}
