import type { Payload } from 'payload'
import type { Id } from '../access/types'

/**
 * The workspace modules a tenant turned off (`tenants.hiddenModules`): their entities leave the
 * navigation, the global search and the workspace pages. Data access is unchanged — roles decide that;
 * this only keeps a company's workspace to what it uses.
 */
export async function hiddenModulesOf(payload: Payload, tenant: Id | null | undefined): Promise<string[]> {
  if (tenant == null) return []
  const doc = await payload.findByID({
    collection: 'tenants',
    id: tenant,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { hiddenModules: true },
  })
  const hidden = (doc as { hiddenModules?: string[] | null } | null)?.hiddenModules
  return Array.isArray(hidden) ? hidden : []
}
