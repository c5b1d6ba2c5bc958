import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { CustomSchema } from '../customSchema'
import { publishedSchema } from '../publishedSchema'
import type { TenantMapping } from '../query/translateCustomQuery'
import type { SlotMap } from './assignSlots'
import { fieldMapping } from './fieldMapping'

/** The mapping of one tenant's published version of an entity (cached with the schema). */
export async function tenantMapping(req: PayloadRequest, tenant: Id, entity: string): Promise<TenantMapping> {
  const { schema, slots } = await publishedSchema(req, tenant, entity)
  return { tenant, mapping: fieldMapping(schema, slots) }
}

/** Same trust window as the published-schema cache; a publish in this process clears it at once. */
const TRUST_MS = 5_000
const everyTenant = new Map<string, { mappings: TenantMapping[]; fetchedAt: number }>()

/**
 * Every tenant's mapping for an entity, for queries that no tenant pins (the Local API without a
 * tenant condition, a super admin looking across tenants), plus an empty one for all other tenants.
 */
export async function everyTenantMapping(req: PayloadRequest, entity: string): Promise<TenantMapping[]> {
  const hit = everyTenant.get(entity)
  if (hit && Date.now() - hit.fetchedAt < TRUST_MS) return hit.mappings
  const { docs } = await req.payload.find({
    collection: 'entity-schemas',
    where: { and: [{ entity: { equals: entity } }, { status: { equals: 'published' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { tenant: true, schema: true, slots: true },
  })
  const mappings: TenantMapping[] = (docs as unknown as { tenant: Id; schema: CustomSchema; slots?: SlotMap }[]).map((d) => ({
    tenant: d.tenant,
    mapping: fieldMapping(d.schema, d.slots),
  }))
  mappings.push({ tenant: null, mapping: Object.create(null) })
  everyTenant.set(entity, { mappings, fetchedAt: Date.now() })
  return mappings
}

export function forgetEveryTenantMapping(entity: string) {
  everyTenant.delete(entity)
}
