import type { PayloadRequest, Where } from 'payload'
import type { Id } from '../../access/types'
import type { LookupBy, LookupChoice } from '../options'

export type LookupResult = { id: Id } | { problem: 'lookupMissing' | 'lookupAmbiguous'; count: number }

/** The fields a lookup reads in the target collection, those it has. */
function lookupWhere(req: PayloadRequest, relationTo: string, by: LookupBy, value: string): Where | null {
  const config = req.payload.collections[relationTo]?.config
  if (!config) return null
  const names = new Set(config.flattenedFields.map((f) => f.name))
  const has = (name: string) => names.has(name)
  switch (by) {
    case 'id':
      return { id: { equals: value } }
    case 'code':
      return has('code') ? { code: { equals: value } } : null
    case 'name': {
      const title = config.admin?.useAsTitle && has(config.admin.useAsTitle) ? config.admin.useAsTitle : 'name'
      return has(title) ? { [title]: { equals: value } } : null
    }
    case 'email':
      return has('email') ? { email: { equals: value.toLowerCase() } } : null
    case 'phone': {
      const or = ['mobile', 'phone'].filter(has).map((f) => ({ [f]: { equals: value } }))
      return or.length ? { or } : null
    }
  }
}

/**
 * The record a cell names, looked up in the tenant as the importing user (a file cannot link to a
 * record its importer may not read); an alias the user added wins. Cached per import run.
 */
export async function resolveLookup(
  req: PayloadRequest,
  tenant: Id,
  relationTo: string,
  choice: LookupChoice,
  value: string,
  cache: Map<string, LookupResult>,
): Promise<LookupResult> {
  const alias = choice.aliases?.[value]
  if (alias != null && alias !== '') return { id: alias }
  const key = `${relationTo}|${choice.by}|${value}`
  const hit = cache.get(key)
  if (hit) return hit
  const match = lookupWhere(req, relationTo, choice.by, value)
  let result: LookupResult = { problem: 'lookupMissing', count: 0 }
  if (match) {
    // People are members of a tenant rather than rows of it; everything else carries `tenant`.
    const inTenant: Where = relationTo === 'users' ? { 'memberships.tenant': { equals: tenant } } : { tenant: { equals: tenant } }
    const { docs } = await req.payload.find({
      collection: relationTo,
      where: { and: [match, inTenant] },
      limit: 2,
      depth: 0,
      select: { id: true },
      overrideAccess: relationTo === 'users',
      user: req.user,
      req,
    })
    if (docs.length === 1) result = { id: docs[0].id as Id }
    else if (docs.length > 1) result = { problem: 'lookupAmbiguous', count: docs.length }
  }
  cache.set(key, result)
  return result
}
