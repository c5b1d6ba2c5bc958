import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { type CustomSchema, EMPTY_SCHEMA } from './customSchema'
import type { SlotMap } from './slots/assignSlots'

/** Per base field, per role key: how the field is restricted for that role (see src/fieldPermissions). */
export type BaseFieldPermissions = Record<string, Record<string, 'hidden' | 'readOnly' | 'masked'>>

type Cached = PublishedSchema & { fetchedAt: number }

/**
 * How long a process trusts what it read: a publish in this process clears the entry at once; other
 * processes see it within this time. One indexed lookup per write would cost more than the check itself.
 */
const TRUST_MS = 5_000
const cache = new Map<string, Cached>()

/** `slots`: which slot column mirrors which key in this version (see slots/assignSlots). */
export type PublishedSchema = {
  versionId: Id | null
  version: number
  schema: CustomSchema
  slots: SlotMap
  fieldPermissions?: BaseFieldPermissions | null
}

/** The schema of `custom` that applies to an entity in a tenant: its published version, or no fields. */
export async function publishedSchema(
  req: PayloadRequest,
  tenant: Id,
  entity: string,
  { fresh = false } = {},
): Promise<PublishedSchema> {
  const key = `${tenant}:${entity}`
  const hit = cache.get(key)
  if (!fresh && hit && Date.now() - hit.fetchedAt < TRUST_MS) return hit
  const { docs } = await req.payload.find({
    collection: 'entity-schemas',
    where: { and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { status: { equals: 'published' } }] },
    sort: '-version',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { schema: true, version: true, slots: true, fieldPermissions: true },
  })
  const doc = docs[0] as
    | { id: Id; version: number; schema: CustomSchema; slots?: SlotMap | null; fieldPermissions?: BaseFieldPermissions }
    | undefined
  const entry: Cached = doc
    ? {
        versionId: doc.id,
        version: doc.version,
        schema: doc.schema,
        slots: doc.slots ?? {},
        fieldPermissions: doc.fieldPermissions ?? null,
        fetchedAt: Date.now(),
      }
    : { versionId: null, version: 0, schema: EMPTY_SCHEMA, slots: {}, fetchedAt: Date.now() }
  cache.set(key, entry)
  return entry
}

/** After a publish in this process: the next write reads the new version. */
export function forgetPublishedSchema(tenant: Id, entity: string) {
  cache.delete(`${tenant}:${entity}`)
}
