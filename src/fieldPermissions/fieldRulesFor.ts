import type { PayloadRequest } from 'payload'
import { getAccessContext } from '../access/accessContext'
import type { Id } from '../access/types'
import { publishedSchema } from '../customFields/publishedSchema'
import { type FieldLevel, isFieldLevel, leastRestrictive } from './levels'
import { type MaskKind, maskKindOf } from './maskField'

/** One restricted field for the current user: `name` (base) or `custom.<key>`, its level and how it masks. */
export type FieldRule = { path: string; level: FieldLevel; kind: MaskKind }
/** Restricted fields by path; empty when nothing is restricted. */
export type FieldRules = Map<string, FieldRule>

const NONE: FieldRules = new Map()
const CACHE_KEY = 'formworkFieldRules'

/**
 * The fields of an entity restricted for the user of this request in a tenant, from the published
 * version: `x-permissions` of custom fields and `fieldPermissions` of base fields, both keyed by role
 * key. Server code (overrideAccess), requests without a user, super admins and tenant admins are never
 * restricted. Computed once per request, tenant and entity.
 */
export async function fieldRulesFor(
  req: PayloadRequest,
  entity: string,
  tenant: Id | null | undefined,
  overrideAccess?: boolean,
): Promise<FieldRules> {
  if (overrideAccess === true || !req.user) return NONE
  const context = await getAccessContext(req)
  if (!context || context.superAdmin || context.tenantAdmin || context.roleKeys.length === 0) return NONE
  const tenantId = tenant ?? context.tenantId
  if (tenantId == null) return NONE
  const cacheKey = `${tenantId}:${entity}:${context.roleKeys.join(',')}`
  req.context[CACHE_KEY] ??= {}
  const cache = req.context[CACHE_KEY] as Record<string, FieldRules>
  if (cache[cacheKey]) return cache[cacheKey]
  const { schema, fieldPermissions } = await publishedSchema(req, tenantId, entity)
  const rules: FieldRules = new Map()
  const add = (path: string, byRole: Record<string, unknown> | undefined, kind: MaskKind) => {
    if (!byRole || typeof byRole !== 'object') return
    const level = leastRestrictive(context.roleKeys.map((role) => (isFieldLevel(byRole[role]) ? byRole[role] : undefined)))
    if (level) rules.set(path, { path, level, kind })
  }
  for (const [key, field] of Object.entries(schema.properties ?? {}))
    if (!field['x-removed']) add(`custom.${key}`, field['x-permissions'], maskKindOf(field['x-type']))
  const baseFields = req.payload.collections[entity]?.config.flattenedFields ?? []
  for (const [name, byRole] of Object.entries(fieldPermissions ?? {})) {
    const field = baseFields.find((f) => f.name === name)
    if (field) add(name, byRole, maskKindOf(field.type === 'email' ? 'email' : undefined, entity, name))
  }
  cache[cacheKey] = rules
  return rules
}
