import type { PayloadRequest } from 'payload'
import { idOf } from '../access/types'
import { fieldRulesFor } from './fieldRulesFor'

/**
 * A saved record as stored, for server code that compares or copies it (the audit trail): the copy
 * the writer was given back left out hidden fields and masked others, so those are read back.
 */
export async function withUnrestrictedValues<T extends Record<string, unknown>>(
  req: PayloadRequest,
  slug: string,
  doc: T,
): Promise<T> {
  if (!req.user || doc.id == null) return doc
  const rules = await fieldRulesFor(req, slug, idOf(doc.tenant))
  if (![...rules.values()].some((r) => r.level !== 'readOnly')) return doc
  const stored = (await req.payload.db.findOne({ collection: slug, where: { id: { equals: doc.id } }, req })) as Record<
    string,
    unknown
  > | null
  if (!stored) return doc
  const real: Record<string, unknown> = { ...doc, custom: stored.custom ?? doc.custom }
  for (const rule of rules.values()) if (!rule.path.startsWith('custom.')) real[rule.path] = stored[rule.path]
  return real as T
}
