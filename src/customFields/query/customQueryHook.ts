import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { type Id, idOf } from '../../access/types'
import { toLanguage } from '../../i18n'
import { everyTenantMapping, tenantMapping } from '../slots/slotMappings'
import { type TenantMapping, translateCustomQuery } from './translateCustomQuery'

const QUERYING = new Set(['read', 'count', 'update', 'delete', 'findDistinct'])

/** A tenant the where clause itself pins (`tenant: { equals }` at the top or in a top-level `and`). */
function pinnedTenant(where: Where | undefined): Id | null {
  if (!where) return null
  const direct = where.tenant as { equals?: unknown } | undefined
  if (direct && typeof direct === 'object' && direct.equals != null) return idOf(direct.equals)
  if (Array.isArray(where.and))
    for (const w of where.and) {
      const found = pinnedTenant(w as Where)
      if (found != null) return found
    }
  return null
}

/** The tenants whose records a query can reach, each with its mapping of custom keys to slots. */
async function mappingsFor(
  req: PayloadRequest,
  slug: string,
  where: Where | undefined,
  overrideAccess?: boolean,
): Promise<TenantMapping[]> {
  const pinned = pinnedTenant(where)
  if (pinned != null) return [await tenantMapping(req, pinned, slug)]
  if (overrideAccess !== true) {
    // Access scopes every read to the active tenant; only a super admin without one looks across.
    const context = await getAccessContext(req)
    if (context?.tenantId != null) return [await tenantMapping(req, context.tenantId, slug)]
    if (!context?.superAdmin) return [{ tenant: null, mapping: Object.create(null) }]
  }
  return everyTenantMapping(req, slug)
}

/**
 * Business collections: `where` and `sort` on `custom.<key>` go to the key's slot column before
 * Payload sanitizes them (REST, Local API, count, bulk update and delete, the admin list view).
 */
export const customQueryHook: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!QUERYING.has(operation)) return args
  const a = args as { where?: Where; sort?: string | string[]; overrideAccess?: boolean }
  const sortsCustom = (Array.isArray(a.sort) ? a.sort.join(',') : (a.sort ?? '')).includes('custom.')
  if (!sortsCustom && !JSON.stringify(a.where ?? {}).includes('"custom.')) return args
  const mappings = await mappingsFor(req, collection.slug, a.where, a.overrideAccess)
  const translated = translateCustomQuery({ where: a.where, sort: a.sort }, mappings, toLanguage(req.i18n?.language), {
    unknownKeys: a.overrideAccess === true ? 'asJson' : 'refuse',
  })
  if (a.where) a.where = translated.where ?? undefined
  if (a.sort) a.sort = translated.sort ?? undefined
  return args
}
