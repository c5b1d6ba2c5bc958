import type { CollectionAfterReadHook, PayloadRequest } from 'payload'
import { idOf } from '../access/types'
import { fieldRulesFor } from './fieldRulesFor'
import { restrictChanges } from './restrictDoc'

type Entry = { entity?: unknown; tenant?: unknown; changes?: unknown }

/**
 * Audit entries (a record's history, the audit trail) as the reader may see them: a hidden field's
 * changes are left out, a masked field's before and after are masked, as the record itself shows them.
 */
export async function restrictAuditEntries<T extends Entry>(req: PayloadRequest, entries: T[], overrideAccess?: boolean) {
  if (!req.user || overrideAccess === true) return entries
  const out: T[] = []
  for (const entry of entries) {
    const rules = await fieldRulesFor(req, String(entry.entity ?? ''), idOf(entry.tenant), overrideAccess)
    out.push(rules.size === 0 ? entry : { ...entry, changes: restrictChanges(entry.changes, rules) })
  }
  return out
}

/** The audit trail read through the API: the same restriction, entry by entry. */
export const restrictAuditChanges: CollectionAfterReadHook = async ({ doc, overrideAccess, req }) =>
  doc ? (await restrictAuditEntries(req, [doc], overrideAccess))[0] : doc
