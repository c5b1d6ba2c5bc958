import { Forbidden, type PayloadRequest, ValidationError } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { type Id, idOf, sameId } from '../access/types'
import { atomically } from '../conversions/atomically'
import { documentId } from '../endpoints/requestParams'
import { type Language, message, toLanguage } from '../i18n'
import type { MessageKey } from '../i18n/messages/en'
import { type DuplicateCollection, matchColumns } from './matchKeys'
import { linkingWhere, linkOrder, referencesTo, retargetedFields } from './references'
import { updateUndoably } from './updateUndoably'

export type MergeRequest = {
  survivor?: unknown
  duplicate?: unknown
  /** Fields whose value comes from the duplicate: `{ phone: 'duplicate' }`; fields not named keep the survivor's. */
  values?: unknown
  /** The versions (`updatedAt`) the client saw, refused with 409 if either record changed since. */
  survivorVersion?: unknown
  duplicateVersion?: unknown
}

export type MergeResult = { survivor: Record<string, unknown> | null; moved: Record<string, number> }

/** Never chosen by the user: identity, tenancy, timestamps and what the merge itself maintains. */
const SYSTEM_FIELDS = new Set(['id', 'tenant', 'createdAt', 'updatedAt', 'deletedAt', 'mergedInto', 'confirmDuplicate'])

/** Values that must already agree (contacts at two accounts are two people's records, moved first). */
const MUST_AGREE: Partial<Record<DuplicateCollection, { field: string; problem: MessageKey }[]>> = {
  contacts: [{ field: 'account', problem: 'mergeContactsOfOtherAccounts' }],
}

const invalid = (req: PayloadRequest, lang: Language, path: string, key: MessageKey, vars: Record<string, string> = {}) =>
  new ValidationError({ errors: [{ path, message: message(lang, key, vars) }] }, req.t)

/** May the user do this to this record, by their role and scope (Payload's access, asked directly)? */
async function assertMay(req: PayloadRequest, collection: string, id: Id, action: 'update' | 'delete') {
  const access = req.payload.collections[collection].config.access[action]
  const data = action === 'delete' ? { deletedAt: new Date().toISOString() } : undefined
  const result = await access({ req, id, data })
  if (result === true) return
  if (result && typeof result === 'object') {
    const where = { and: [{ id: { equals: id } }, result] }
    const { totalDocs } = await req.payload.count({ collection, where, overrideAccess: true, req })
    if (totalDocs > 0) return
  }
  throw new Forbidden(req.t)
}

/**
 * Two records of one customer become one. The survivor takes the chosen values; every record of any
 * collection that links to the duplicate links to the survivor instead; the duplicate goes to the
 * recycle bin pointing at the survivor (`mergedInto`), and its history shows in the survivor's. One
 * audit entry (`merge`) keeps which value came from where. All or nothing.
 */
export async function mergeRecords(
  req: PayloadRequest,
  collection: DuplicateCollection,
  body: MergeRequest,
): Promise<MergeResult> {
  const lang = toLanguage(req.i18n?.language)
  const context = await getAccessContext(req)
  if (!context) throw new Forbidden(req.t)
  for (const side of ['survivor', 'duplicate'] as const) {
    if (body[side] == null || body[side] === '') throw invalid(req, lang, side, 'mergeRecordRequired')
  }
  const survivorId = documentId(req, body.survivor)
  const duplicateId = documentId(req, body.duplicate)
  if (String(survivorId) === String(duplicateId)) throw invalid(req, lang, 'duplicate', 'mergeSameRecord')
  const values = body.values ?? {}
  if (typeof values !== 'object' || Array.isArray(values)) throw invalid(req, lang, 'values', 'mergeChoiceInvalid')

  // The user's own read access: a record they cannot see is not there for them (404), as everywhere.
  const read = (id: Id) => req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, req })
  const survivor = (await read(survivorId)) as Record<string, unknown>
  const duplicate = (await read(duplicateId)) as Record<string, unknown>
  if (!sameId(survivor.tenant, duplicate.tenant)) throw invalid(req, lang, 'duplicate', 'mergeOtherTenant')
  await assertMay(req, collection, survivorId, 'update')
  await assertMay(req, collection, duplicateId, 'update')
  await assertMay(req, collection, duplicateId, 'delete')

  const config = req.payload.collections[collection].config
  const choosable = new Map(
    config.flattenedFields
      .filter((f) => 'name' in f && !SYSTEM_FIELDS.has(f.name) && !matchColumns(collection).includes(f.name))
      .map((f) => [f.name, f]),
  )
  const chosen: Record<string, unknown> = {}
  const choices: { field: string; from: 'survivor' | 'duplicate'; before: unknown; after: unknown }[] = []
  for (const [field, from] of Object.entries(values as Record<string, unknown>)) {
    if (!choosable.has(field)) throw invalid(req, lang, `values.${field}`, 'mergeFieldUnknown', { field })
    if (from !== 'survivor' && from !== 'duplicate') throw invalid(req, lang, `values.${field}`, 'mergeChoiceInvalid')
    if (from === 'duplicate') chosen[field] = duplicate[field] ?? null
    choices.push({
      field,
      from,
      before: survivor[field] ?? null,
      after: from === 'duplicate' ? (duplicate[field] ?? null) : (survivor[field] ?? null),
    })
  }
  for (const rule of MUST_AGREE[collection] ?? []) {
    if (!sameId(survivor[rule.field], duplicate[rule.field]) && (survivor[rule.field] != null || duplicate[rule.field] != null))
      throw invalid(req, lang, rule.field, rule.problem)
  }
  // A unique value (an account's code) taken from the duplicate must leave it first, or the index refuses the survivor.
  const uniqueFields = new Set([
    ...config.flattenedFields.filter((f) => 'unique' in f && f.unique).map((f) => (f as { name: string }).name),
    ...(config.indexes ?? []).filter((i) => i.unique).flatMap((i) => i.fields),
  ])
  const released = Object.fromEntries(
    Object.keys(chosen)
      .filter((f) => uniqueFields.has(f))
      .map((f) => [f, null]),
  )

  const version = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
  const survivorVersion = version(body.survivorVersion)
  const duplicateVersion = version(body.duplicateVersion)

  return atomically(req, async (onUndo) => {
    const asUser = { overrideAccess: false, user: req.user } as const
    // The duplicate first: its version check runs before anything moves, and its unique values are freed.
    await updateUndoably(req, onUndo, {
      collection,
      id: duplicateId,
      data: { ...released, mergedInto: survivorId, deletedAt: new Date().toISOString() },
      previous: {
        ...Object.fromEntries(Object.keys(released).map((f) => [f, duplicate[f] ?? null])),
        mergedInto: null,
        deletedAt: null,
      },
      ...asUser,
      // Only a version sent for the duplicate applies to it (If-Match names the survivor).
      context: { expectedUpdatedAt: duplicateVersion, skipVersionCheck: !duplicateVersion },
    })
    // The survivor always gets a write, so a stale If-Match / survivorVersion is refused even with no field chosen.
    await updateUndoably(req, onUndo, {
      collection,
      id: survivorId,
      data: { ...chosen, updatedAt: new Date().toISOString() },
      previous: Object.fromEntries(Object.keys(chosen).map((f) => [f, survivor[f] ?? null])),
      ...asUser,
      context: { expectedUpdatedAt: survivorVersion, skipVersionCheck: false },
    })

    const moved: Record<string, number> = {}
    const references = referencesTo(req.payload, collection)
    const swap = { target: collection, from: duplicateId, to: survivorId }
    for (const slug of linkOrder(req.payload, [...new Set(references.map((r) => r.collection))])) {
      const refs = references.filter((r) => r.collection === slug)
      const linking = req.payload.collections[slug].config
      const hasTenant = linking.flattenedFields.some((f) => 'name' in f && f.name === 'tenant')
      const where = linkingWhere(refs, collection, duplicateId, hasTenant ? idOf(survivor.tenant) : null)
      // Deleted records move too: restored from the bin later, they must not point at a merged-away record.
      const { docs } = await req.payload.find({
        collection: slug,
        where,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        trash: Boolean(linking.trash),
      })
      for (const doc of docs as Record<string, unknown>[]) {
        if (slug === collection && [String(survivorId), String(duplicateId)].includes(String(doc.id))) continue
        const { data, previous } = retargetedFields(linking.flattenedFields, doc, swap)
        if (Object.keys(data).length === 0) continue
        // Every linked record moves, whoever owns it: the merge was allowed, its consequences are the system's.
        await updateUndoably(req, onUndo, {
          collection: slug,
          id: doc.id as Id,
          data,
          previous,
          overrideAccess: true,
          trash: Boolean(linking.trash),
          context: { skipVersionCheck: true, expectedUpdatedAt: undefined },
        })
        moved[slug] = (moved[slug] ?? 0) + 1
      }
    }

    const entry = await req.payload.create({
      collection: 'audit-log',
      data: {
        tenant: idOf(survivor.tenant),
        user: req.user?.collection === 'users' ? req.user.id : null,
        action: 'merge',
        entity: collection,
        recordId: String(survivorId),
        mergedRecordId: String(duplicateId),
        changes: choices.map(({ field, from, before, after }) => ({ field, from, before, after })),
      },
      overrideAccess: true,
      req,
    })
    onUndo(() => req.payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true }))

    // Null when the chosen owner takes the survivor out of the user's reach: the merge still stands.
    const result = await req.payload.findByID({ collection, id: survivorId, depth: 0, ...asUser, req, disableErrors: true })
    return { survivor: result as Record<string, unknown> | null, moved }
  })
}
