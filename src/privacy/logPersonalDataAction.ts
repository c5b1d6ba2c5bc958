import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'

/** The audit entry of an export or an erasure: who, when, which record, why; never the personal data itself. */
export async function logPersonalDataAction(
  req: PayloadRequest,
  action: 'export' | 'erase',
  person: { collection: string; id: Id; tenant: Id },
  details: { reason?: string; fields?: string[] } = {},
) {
  return req.payload.create({
    collection: 'audit-log',
    data: {
      tenant: person.tenant,
      user: req.user?.collection === 'users' ? req.user.id : null,
      action,
      entity: person.collection,
      recordId: String(person.id),
      reason: details.reason ?? null,
      // Which fields were erased, not what they held.
      changes: (details.fields ?? []).map((field) => ({ field, before: null, after: null })),
    },
    overrideAccess: true,
    req,
  })
}
