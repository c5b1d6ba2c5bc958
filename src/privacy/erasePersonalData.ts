import { type PayloadRequest, ValidationError } from 'payload'
import { type Id, idOf } from '../access/types'
import { atomically } from '../conversions/atomically'
import { message, toLanguage } from '../i18n'
import { assertMayManagePersonalData } from './assertMayManagePersonalData'
import { erasedValues } from './erasedValues'
import { findPeople, type PersonRecord } from './findPeople'
import { logPersonalDataAction } from './logPersonalDataAction'
import { identifyingValues, type PersonCollection, personalFieldsOf } from './personalFields'
import { redactAuditTrail } from './redactAuditTrail'
import { redactOutbox } from './redactOutbox'
import { redactVersions } from './redactVersions'
import { relatedRecords } from './relatedRecords'

type Doc = Record<string, unknown>
type Undo = (undo: () => Promise<unknown>) => void

export type ErasureResult = {
  erased: { collection: string; id: Id }[]
  alreadyErased: boolean
  redacted: { accounts: number; opportunities: number; versions: number; auditEntries: number; emails: number }
}

const normalised = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '')

/** An account named after the person (a lead without a company converts into one): it is the person, not a company. */
const isPersonalAccount = (account: Doc, names: Set<string>) => names.has(normalised(account.name))

/** Write fields below the hooks (no audit of the personal values, no validation of placeholders), with their undo. */
async function overwrite(req: PayloadRequest, collection: string, doc: Doc, data: Doc, onUndo: Undo) {
  // The adapter stamps updatedAt on every write; the undo puts the old stamp back (If-Match clients rely on it).
  const previous = { ...Object.fromEntries(Object.keys(data).map((key) => [key, doc[key] ?? null])), updatedAt: doc.updatedAt }
  await req.payload.db.updateOne({ collection, id: doc.id as Id, data, req, returning: false })
  onUndo(() => req.payload.db.updateOne({ collection, id: doc.id as Id, data: previous, returning: false }))
}

/**
 * Erasure by anonymisation: the person's records (a converted lead and its contact are one person)
 * keep their links, owners and figures but lose every personal field; their versions, their audit
 * trail, the copies of their name and numbers in linked accounts and opportunities (and in those
 * records' trails) and the emails sent to them are redacted. All or nothing; a second call finds
 * the person erased and changes nothing. The erasure is logged without the erased values.
 */
export async function erasePersonalData(
  req: PayloadRequest,
  collection: PersonCollection,
  id: Id,
  reasonInput: unknown,
): Promise<ErasureResult> {
  const lang = toLanguage(req.i18n?.language)
  const context = await assertMayManagePersonalData(req)
  const reason = typeof reasonInput === 'string' ? reasonInput.trim() : ''
  if (!reason) throw new ValidationError({ errors: [{ path: 'reason', message: message(lang, 'erasureReasonRequired') }] }, req.t)
  const people = await findPeople(req, context, collection, id)
  const result: ErasureResult = {
    erased: [],
    alreadyErased: people.every((p) => Boolean(p.doc.erasedAt)),
    redacted: { accounts: 0, opportunities: 0, versions: 0, auditEntries: 0, emails: 0 },
  }
  if (result.alreadyErased) return result

  const tenantId = idOf(people[0].doc.tenant) as Id
  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true, req })
  const tenantLanguage = toLanguage((tenant as { language?: string }).language)
  const values = people.flatMap((p) => identifyingValues(p.collection, p.doc))
  const names = new Set(people.map((p) => normalised(p.doc.name)).filter(Boolean))
  const addresses = people.map((p) => p.doc.email).filter((e): e is string => typeof e === 'string' && e !== '')
  const placeholder = (person: PersonRecord) => message(tenantLanguage, 'erasedPerson', { id: String(person.id) })
  // Found before anything changes: links are by id, but accounts are recognised by the person's name.
  const related = await relatedRecords(req, tenantId, people)

  return atomically(req, async (onUndo) => {
    const now = new Date().toISOString()
    const fieldsOf = (slug: string) => new Set(personalFieldsOf(slug).map((f) => f.field))

    for (const person of people) {
      const erased = erasedValues(req.payload, person.collection, placeholder(person), now)
      await overwrite(req, person.collection, person.doc, { ...erased, erasedAt: now, updatedAt: now }, onUndo)
      result.redacted.versions += await redactVersions(req, person.collection, person.id, erased, onUndo)
      result.redacted.auditEntries += await redactAuditTrail(
        req,
        person.collection,
        person.id,
        { fields: fieldsOf(person.collection), values },
        onUndo,
      )
      result.erased.push({ collection: person.collection, id: person.id })
    }

    for (const account of related.accounts ?? []) {
      const personal = isPersonalAccount(account, names)
      const data: Doc = personal
        ? erasedValues(req.payload, 'accounts', placeholder(people[0]), now)
        : Object.fromEntries(
            ['phone', 'email'].filter((f) => values.some((v) => normalised(v) === normalised(account[f]))).map((f) => [f, null]),
          )
      if (Object.keys(data).length === 0) continue
      await overwrite(req, 'accounts', account, { ...data, updatedAt: now }, onUndo)
      result.redacted.versions += await redactVersions(req, 'accounts', account.id as Id, data, onUndo)
      result.redacted.accounts++
    }
    for (const opportunity of related.opportunities ?? []) {
      if (!names.has(normalised(opportunity.name))) continue
      await overwrite(req, 'opportunities', opportunity, { name: placeholder(people[0]), updatedAt: now }, onUndo)
      result.redacted.opportunities++
    }

    // Other records' trails lose the copies of the person's values (a converted lead's account, say).
    for (const [slug, docs] of Object.entries(related)) {
      for (const doc of docs) {
        const personal = slug === 'accounts' && isPersonalAccount(doc, names)
        result.redacted.auditEntries += await redactAuditTrail(
          req,
          slug,
          doc.id as Id,
          { fields: personal ? fieldsOf('accounts') : new Set(), values },
          onUndo,
        )
      }
    }
    result.redacted.emails = await redactOutbox(req, tenantId, addresses, onUndo)

    for (const person of people) {
      const entry = await logPersonalDataAction(
        req,
        'erase',
        { collection: person.collection, id: person.id, tenant: tenantId },
        { reason, fields: [...fieldsOf(person.collection)] },
      )
      onUndo(() => req.payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true }))
    }
    return result
  })
}
