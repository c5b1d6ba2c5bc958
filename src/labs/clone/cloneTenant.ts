import type { Field, Payload, PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { relatedKeyOf } from '../../fields/relatedTo'
import { mapFields } from '../bundle/traverse'
import { wipedCollections } from '../classes/resetGroup'
import { COPIED_COLLECTIONS, NOT_COPIED } from './copiedCollections'
import { newRowIds } from './newRowIds'

type Row = Record<string, unknown> & { id: Id }

/** A group's rows as stored, read once and copied into as many groups as needed. */
export type TenantRows = {
  source: Id
  /** Collections in write order: what a row points at is written before it (roles first). */
  collections: { slug: string; rows: Row[] }[]
  /** Source department ids → names: a reference to one is matched by name in the target. */
  departments: Map<Id, string>
}

/** The source holds rows the copy does not know how to carry (documents' files, pending approvals…). */
export class CloneUnsupported extends Error {}

const tenantScoped = (payload: Payload) =>
  payload.config.collections.filter((c) => c.flattenedFields.some((f) => f.name === 'tenant')).map((c) => c.slug)

/**
 * Reads every copied collection's rows of a tenant straight from the database (no hooks, no access,
 * relationships as ids). Refuses with CloneUnsupported when the tenant has rows in a collection that is
 * neither copied nor deliberately left out, so a caller falls back to the full import rather than make a
 * group that silently lacks something.
 */
export async function readTenantRows(payload: Payload, source: Id, req?: PayloadRequest): Promise<TenantRows> {
  const where = { tenant: { equals: source } }
  for (const slug of tenantScoped(payload)) {
    if (COPIED_COLLECTIONS.has(slug) || NOT_COPIED.has(slug)) continue
    const { totalDocs } = await payload.db.count({ collection: slug, where, req })
    if (totalDocs > 0) throw new CloneUnsupported(`${slug}: ${totalDocs} rows the group copy does not carry`)
  }
  const order = [
    'roles',
    ...wipedCollections(payload)
      .reverse()
      .filter((slug) => COPIED_COLLECTIONS.has(slug)),
  ]
  const collections: TenantRows['collections'] = []
  for (const slug of order) {
    const found = await payload.db.find({ collection: slug, where, sort: 'id', pagination: false, limit: 0, req })
    collections.push({ slug, rows: found.docs as Row[] })
  }
  const departments = await payload.db.find({ collection: 'departments', where, pagination: false, limit: 0, req })
  return {
    source,
    collections,
    departments: new Map(departments.docs.map((d) => [d.id as Id, String((d as { name?: unknown }).name)])),
  }
}

/**
 * Copies a tenant's rows (readTenantRows) into another tenant without hooks or validation: the source
 * was written through them, so its rows are already valid. Every same-tenant reference — relationship
 * and upload fields, polymorphic ones, inside arrays, groups and blocks, hasMany (`_rels`) — is remapped
 * to the new row's id, `relatedKey` (a copy of `relatedTo` as text, `accounts:42`) rebuilt from the
 * remapped value, a reference to the source tenant turned into the target. Users are global and kept;
 * departments are matched by name in the target (none: empty); roles are written over the target's
 * own roles of the same key (a new tenant has the built-in ones), others created. The target's rows in
 * the copied collections (a new tenant's defaults) must be gone first: see clearCopiedRows.
 * Pass `req` with a transaction to make the copy all or nothing.
 */
export async function copyTenantRows(payload: Payload, from: TenantRows, target: Id, req?: PayloadRequest): Promise<number> {
  const ids = new Map<string, Map<Id, Id>>()
  const sourceIds = new Map(from.collections.map((c) => [c.slug, new Set(c.rows.map((r) => r.id))]))
  const targetDepartments = new Map(
    (
      await payload.db.find({
        collection: 'departments',
        where: { tenant: { equals: target } },
        pagination: false,
        limit: 0,
        req,
      })
    ).docs.map((d) => [String((d as { name?: unknown }).name), d.id as Id]),
  )
  const targetRoles = new Map(
    (
      await payload.db.find({ collection: 'roles', where: { tenant: { equals: target } }, pagination: false, limit: 0, req })
    ).docs.map((d) => [String((d as { key?: unknown }).key), d.id as Id]),
  )
  let pending = false
  const remap = async (collection: string, value: unknown): Promise<unknown> => {
    if (value == null) return value
    const id = (typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : value) as Id
    if (collection === 'tenants') return id === from.source ? target : id
    if (collection === 'users') return id
    if (collection === 'departments') {
      const name = from.departments.get(id)
      return name == null ? null : (targetDepartments.get(name) ?? null)
    }
    const mapped = ids.get(collection)?.get(id)
    if (mapped != null) return mapped
    // A row of the source not written yet (a cycle, or a row pointing at a later one): set on a second pass.
    if (sourceIds.get(collection)?.has(id)) pending = true
    return null
  }
  // A row as the target stores it: references remapped, array and block rows given new ids,
  // `relatedKey` rebuilt from the remapped `relatedTo`, the target as its tenant.
  const dataOf = async (slug: string, row: Row) => {
    const config = payload.collections[slug as 'roles'].config
    const fields = config.fields as Field[]
    const data = newRowIds(fields, await mapFields(fields, row, remap, '', new Set()))
    if (config.flattenedFields.some((f) => f.name === 'relatedKey')) data.relatedKey = relatedKeyOf(data.relatedTo as never)
    data.tenant = target
    return data
  }
  const again: { slug: string; id: Id; row: Row }[] = []
  let written = 0
  for (const { slug, rows } of from.collections) {
    const map = new Map<Id, Id>()
    ids.set(slug, map)
    for (const row of rows) {
      pending = false
      const data = await dataOf(slug, row)
      const key = slug === 'roles' ? targetRoles.get(String(row.key)) : undefined
      let id: Id
      if (key != null) {
        await payload.db.updateOne({ collection: slug, id: key, data, req, returning: false })
        id = key
      } else {
        const created = await payload.db.create({ collection: slug, data, req, select: { id: true } })
        id = created.id as Id
      }
      map.set(row.id, id)
      if (pending) again.push({ slug, id, row })
      written++
    }
  }
  for (const { slug, id, row } of again)
    await payload.db.updateOne({ collection: slug, id, data: await dataOf(slug, row), req, returning: false })
  return written
}

/** Removes a tenant's rows in the copied collections but roles (a new tenant's defaults, or a group being reset). */
export async function clearCopiedRows(payload: Payload, tenant: Id, req?: PayloadRequest) {
  for (const slug of wipedCollections(payload).filter((s) => COPIED_COLLECTIONS.has(s)))
    await payload.db.deleteMany({ collection: slug, where: { tenant: { equals: tenant } }, req })
}
