import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import type { Id } from '../../access/types'
import { idOf } from '../../access/types'
import { typesForTenant } from './typesForTenant'

/**
 * Writes `<out>/<tenant slug>/<entity>.d.ts` for every published schema of every tenant; returns the
 * files written. What `npm run generate:custom-types` runs.
 */
export async function generateAllCustomTypes(payload: Payload, out: string): Promise<string[]> {
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.find({
    collection: 'entity-schemas',
    where: { status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { tenant: true, entity: true },
  })
  const tenants = new Map<string, { id: Id; slug: string }>()
  const written: string[] = []
  for (const doc of docs as { tenant: unknown; entity: string }[]) {
    const tenantId = idOf(doc.tenant) as Id
    if (!tenants.has(String(tenantId))) {
      const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true })
      tenants.set(String(tenantId), { id: tenantId, slug: String(tenant.slug) })
    }
    const tenant = tenants.get(String(tenantId)) as { id: Id; slug: string }
    const file = path.join(out, tenant.slug, `${doc.entity}.d.ts`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, await typesForTenant(req, tenant, doc.entity))
    written.push(file)
  }
  return written.sort()
}
