import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { type Id, idOf } from '../access/types'
import { message, toLanguage } from '../i18n'
import { activeSequence, allocateNumber, type NumberSlot, numberSlot, numberTaken, readNumber } from './allocateNumber'
import { VOID_STATUSES } from './numberedCollections'

/** Seeds, imports and the server itself (no signed-in user) may set numbers; people need the role's right. */
async function mayOverride(req: PayloadRequest): Promise<boolean> {
  if (!req.user || (req.user as { collection?: string }).collection !== 'users') return true
  const context = await getAccessContext(req)
  return Boolean(context && (context.superAdmin || context.tenantAdmin || context.overrideNumbers))
}

function refuse(req: PayloadRequest, collection: string, slot: NumberSlot, text: string): never {
  const path = slot.kind === 'field' ? 'number' : `custom.${slot.key}`
  throw new ValidationError({ collection, errors: [{ path, message: text }] }, req.t)
}

function writeNumber(data: Record<string, unknown>, slot: NumberSlot, number: string) {
  if (slot.kind === 'field') data.number = number
  else data.custom = { ...((data.custom as Record<string, unknown>) ?? {}), [slot.key]: number }
}

async function assertManualNumber(
  req: PayloadRequest,
  collection: string,
  slot: NumberSlot,
  tenant: Id,
  number: string,
  exceptId?: Id,
) {
  const lang = toLanguage(req.i18n?.language)
  if (!(await mayOverride(req))) refuse(req, collection, slot, message(lang, 'numberOverrideForbidden'))
  if (await numberTaken(req, collection, slot, tenant, number, exceptId))
    refuse(req, collection, slot, message(lang, 'numberTaken', { number }))
}

/**
 * On create: a number typed by hand is checked (right and uniqueness); otherwise the tenant's active
 * sequence gives one. A normal sequence numbers here, before the save, in a statement of its own (a
 * save that then fails leaves a gap); a gap-free one waits for the saved record (numberSavedRecord).
 * On update: a changed number needs the same right and must stay unique; it cannot be cleared.
 */
export const numberNewRecord: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenant == null || req.context?.skipNumbering) return data
  if (operation === 'update') {
    const slot = numberSlot(req, collection.slug, null)
    if (slot.kind !== 'field' || data.number === undefined) return data
    const before = readNumber(originalDoc, slot)
    const after = readNumber(data, slot)
    if (after === before) return data
    if (!after) {
      data.number = originalDoc?.number ?? null
      return data
    }
    await assertManualNumber(req, collection.slug, slot, tenant, after, originalDoc?.id)
    data.number = after
    return data
  }
  const sequence = await activeSequence(req, tenant, collection.slug)
  const slot = numberSlot(req, collection.slug, sequence)
  const typed = readNumber(data, slot)
  if (typed) {
    await assertManualNumber(req, collection.slug, slot, tenant, typed)
    writeNumber(data, slot, typed)
    return data
  }
  if (!sequence || sequence.gapFree) return data
  // Outside the transaction: a row lock on the counter held until the document commits would
  // queue every create of the module behind the slowest one.
  const { number } = await allocateNumber(req, sequence, collection.slug, data, false)
  writeNumber(data, slot, number)
  return data
}

/**
 * Gap-free sequences number a record only once it is saved, and in the request's transaction where
 * there is one: a save refused by validation, a hook or the database never takes a number, and on
 * PostgreSQL a later failure rolls the counter back with the record.
 */
export const numberSavedRecord: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation === 'update') {
    await recordVoid(req, collection.slug, doc, previousDoc)
    return doc
  }
  const tenant = idOf(doc.tenant)
  if (tenant == null || req.context?.skipNumbering) return doc
  const sequence = await activeSequence(req, tenant, collection.slug)
  if (!sequence?.gapFree) return doc
  const slot = numberSlot(req, collection.slug, sequence)
  if (readNumber(doc, slot)) return doc
  const { number, release } = await allocateNumber(req, sequence, collection.slug, doc, true)
  const data: Record<string, unknown> = slot.kind === 'custom' ? { custom: doc.custom } : {}
  writeNumber(data, slot, number)
  try {
    await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data, req })
  } catch (error) {
    // Without a transaction (SQLite) nothing else would give the number back.
    await release().catch(() => false)
    throw error
  }
  return { ...doc, ...data }
}

/** A voided document keeps its number; the trail records the void so every number is accounted for. */
async function recordVoid(req: PayloadRequest, slug: string, doc: Record<string, unknown>, previousDoc: Record<string, unknown>) {
  if (req.context?.skipAudit) return
  const status = doc.status as string | undefined
  if (!status || !VOID_STATUSES.has(status) || previousDoc?.status === status) return
  const number = readNumber(doc, numberSlot(req, slug, null))
  await req.payload.create({
    collection: 'audit-log',
    data: {
      tenant: idOf(doc.tenant),
      user: req.user?.collection === 'users' ? req.user.id : null,
      action: 'void',
      entity: slug,
      recordId: String(doc.id),
      reason: message(toLanguage(req.i18n?.language), 'numberVoided', { number }),
      changes: [{ field: 'status', before: previousDoc?.status ?? null, after: status }],
    },
    overrideAccess: true,
    req,
  })
}
