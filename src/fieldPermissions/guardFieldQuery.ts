import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError, type Where } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { sortPaths, whereConditions } from '../access/queryPaths'
import { publishedSchema } from '../customFields/publishedSchema'
import { isSlot } from '../customFields/slots/slotColumns'
import { message, toLanguage } from '../i18n'
import { fieldRulesFor } from './fieldRulesFor'
import type { FieldLevel } from './levels'

/** The custom key the active tenant's published version mirrors in a slot column, if any. */
async function customKeyOfSlot(req: PayloadRequest, collection: string, slot: string): Promise<string | undefined> {
  const tenant = (await getAccessContext(req))?.tenantId
  if (tenant == null) return undefined
  const { slots } = await publishedSchema(req, tenant, collection)
  const key = Object.entries(slots).find(([, s]) => s === slot)?.[0]
  return key ? `custom.${key}` : undefined
}

/** A user may look a masked value up by what they already know in full, nothing more. */
const ALLOWED_ON_MASKED = new Set(['equals', 'exists'])

type Found = { path: string; field: string; level: FieldLevel }

/**
 * The restricted field a query path ends on, if any: `custom.phone.x`, `version.custom.phone` and `name`
 * on the collection itself, and through relations (`account.website`, `contact.custom.phone`) on the
 * collection they lead to, by that collection's rules.
 */
async function restrictedFieldOf(req: PayloadRequest, slug: string, path: string): Promise<Found | undefined> {
  const segments = (path.startsWith('version.') ? path.slice(8) : path).split('.')
  let collection = slug
  for (let i = 0; i < segments.length; i++) {
    const rules = await fieldRulesFor(req, collection, undefined)
    // A slot column named directly (GraphQL users filter on slots) stands for the custom field it mirrors.
    const slotted = isSlot(segments[i]) ? await customKeyOfSlot(req, collection, segments[i]) : undefined
    const candidate = slotted ?? (segments[i] === 'custom' ? segments.slice(i, i + 2).join('.') : segments[i])
    const rule = rules.get(candidate)
    if (rule && rule.level !== 'readOnly') return { path, field: candidate, level: rule.level }
    if (segments[i] === 'custom' || i === segments.length - 1) return undefined
    const field = req.payload.collections[collection]?.config.flattenedFields.find((f) => f.name === segments[i])
    const target = field && (field.type === 'relationship' || field.type === 'upload') ? field.relationTo : undefined
    if (typeof target !== 'string') return undefined // a group's sub-field, or a polymorphic relation
    collection = target
  }
  return undefined
}

/**
 * Queries by a user whose roles hide or mask fields: filtering or sorting on a hidden field, and
 * anything but `equals`/`exists` or sorting on a masked one, is refused with 400 naming the field —
 * refused rather than ignored, so a list never silently shows unfiltered rows, and `like`/`contains`
 * or ranges cannot recover hidden characters. Must run before `custom.<key>` is rewritten to a slot.
 */
export const guardFieldQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!['read', 'count', 'update', 'delete', 'findVersions', 'findDistinct'].includes(operation)) return args
  const a = args as { where?: Where; sort?: unknown; field?: string; overrideAccess?: boolean }
  if (!req.user || a.overrideAccess === true || (!a.where && !a.sort && !a.field)) return args
  const found: Found[] = []
  for (const { path, operator } of whereConditions(a.where)) {
    const hit = await restrictedFieldOf(req, collection.slug, path)
    if (hit && (hit.level === 'hidden' || !ALLOWED_ON_MASKED.has(operator))) found.push(hit)
  }
  for (const path of [...sortPaths(a.sort), ...(a.field ? [a.field] : [])]) {
    const hit = await restrictedFieldOf(req, collection.slug, path)
    if (hit) found.push(hit)
  }
  if (found.length === 0) return args
  const language = toLanguage(req.i18n?.language)
  const byPath = new Map(found.map((hit) => [hit.path, hit]))
  const errors = [...byPath.values()].map(({ path, level }) => ({
    path,
    message: message(language, level === 'hidden' ? 'fieldHiddenSearch' : 'maskedFieldSearch'),
  }))
  throw new ValidationError({ errors }, req.t)
}
