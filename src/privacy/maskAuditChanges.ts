import type { CollectionAfterReadHook, PayloadRequest } from 'payload'
import { maskValue } from './mask'
import { isMaskedViewer } from './maskedViewer'
import { maskedFieldsOf } from './personalFields'

type Change = { field?: string; before?: unknown; after?: unknown }
type Entry = { entity?: string; changes?: unknown }

const masked = (kind: 'phone' | 'email', value: unknown) =>
  typeof value === 'string' && value !== '' ? maskValue(kind, value) : value

/** An audit entry with the masked fields' before and after masked, as the record itself would show them. */
export function maskAuditEntry<T extends Entry>(entry: T): T {
  const fields = maskedFieldsOf(String(entry.entity ?? ''))
  if (fields.length === 0 || !Array.isArray(entry.changes)) return entry
  const changes = (entry.changes as Change[]).map((change) => {
    const kind = fields.find((f) => f.field === change.field)?.kind
    return kind ? { ...change, before: masked(kind, change.before), after: masked(kind, change.after) } : change
  })
  return { ...entry, changes }
}

/** The audit trail read by a masked viewer (the record history endpoint reads past access, so it asks too). */
export async function maskAuditEntriesFor<T extends Entry>(req: PayloadRequest, entries: T[], overrideAccess?: boolean) {
  return (await isMaskedViewer(req, overrideAccess)) ? entries.map(maskAuditEntry) : entries
}

export const maskAuditChanges: CollectionAfterReadHook = async ({ doc, overrideAccess, req }) =>
  doc && (await isMaskedViewer(req, overrideAccess)) ? maskAuditEntry(doc) : doc
