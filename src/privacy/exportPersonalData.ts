import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { assertMayManagePersonalData } from './assertMayManagePersonalData'
import { auditTrailOf } from './auditTrailOf'
import { emailsToPerson } from './emailsToPerson'
import { findPeople } from './findPeople'
import { logPersonalDataAction } from './logPersonalDataAction'
import type { PersonCollection } from './personalFields'
import { relatedRecords } from './relatedRecords'

type Change = { field?: string; before?: unknown; after?: unknown }

/**
 * Everything the tenant holds about a person, as one JSON document: their record(s) with consent
 * and its history, the records that refer to them, the emails sent to them, and their audit trail.
 * The export itself is logged (who exported whom, when).
 */
export async function exportPersonalData(req: PayloadRequest, collection: PersonCollection, id: Id) {
  const context = await assertMayManagePersonalData(req)
  const people = await findPeople(req, context, collection, id)
  const tenantId = idOf(people[0].doc.tenant) as Id
  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true, req })
  const records = await Promise.all(
    people.map(async (person) => {
      const history = await auditTrailOf(req, person.collection, person.id)
      const consentHistory = history.flatMap((entry) =>
        ((entry.changes as Change[] | undefined) ?? [])
          .filter((c) => c.field === 'consent')
          .map((c) => ({ at: entry.createdAt, by: entry.user ?? null, before: c.before, after: c.after })),
      )
      return {
        collection: person.collection,
        id: person.id,
        record: person.doc,
        consent: person.doc.consent ?? null,
        consentHistory,
        history,
      }
    }),
  )
  const addresses = people.map((p) => p.doc.email).filter((e): e is string => typeof e === 'string' && e !== '')
  const document = {
    format: 'formwork.personal-data/1',
    exportedAt: new Date().toISOString(),
    exportedBy: req.user?.id ?? null,
    tenant: { id: tenant.id, name: tenant.name },
    subject: { collection, id },
    people: records,
    related: await relatedRecords(req, tenantId, people),
    emails: await emailsToPerson(req, tenantId, addresses),
  }
  await logPersonalDataAction(req, 'export', { collection, id, tenant: tenantId })
  return document
}
