import { type CollectionBeforeOperationHook, type FlattenedField, type Payload, ValidationError, type Where } from 'payload'
import { sortPaths, whereConditions } from '../access/queryPaths'
import { message, toLanguage } from '../i18n'
import { isMaskedViewer } from './maskedViewer'
import { maskedFieldsOf } from './personalFields'

/** A masked viewer may look a record up by a number or address they already know, nothing more. */
const ALLOWED_ON_MASKED = new Set(['equals', 'exists'])

/** Whether a query path (`mobile`, `contact.mobile`, `version.email`) ends on a masked field. */
export function isMaskedPath(payload: Payload, slug: string, path: string): boolean {
  const segments = path.split('.')
  let fields: FlattenedField[] | undefined = payload.collections[slug]?.config.flattenedFields
  let collection = slug
  for (let i = 0; i < segments.length && fields; i++) {
    const segment = segments[i]
    if (i === 0 && segment === 'version') continue
    const field: FlattenedField | undefined = fields.find((f) => f.name === segment)
    if (!field) return false
    if (i === segments.length - 1) return maskedFieldsOf(collection).some((m) => m.field === segment)
    const target =
      field.type === 'relationship' || field.type === 'upload'
        ? field.relationTo
        : field.type === 'join'
          ? field.collection
          : null
    if (typeof target === 'string') {
      collection = target
      fields = payload.collections[collection]?.config.flattenedFields
      continue
    }
    // Polymorphic (`relatedTo.value`): the path cannot name a field of one collection, nothing masked lies below.
    if (target) return false
    fields = 'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : undefined
  }
  return false
}

/**
 * Masked viewers cannot recover hidden digits by searching: `like`, `contains`, ranges, `in` lists
 * and sorting on masked fields (also through a relation, as `contact.mobile`) are refused with 400;
 * an exact lookup (`equals`) and `exists` stay.
 */
export const guardMaskedQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!['read', 'count', 'update', 'delete', 'findVersions', 'findDistinct'].includes(operation)) return args
  const a = args as { where?: Where; sort?: unknown; field?: string; overrideAccess?: boolean }
  if (!(await isMaskedViewer(req, a.overrideAccess))) return args
  const slug = collection.slug
  const refused = new Set<string>()
  for (const { path, operator } of whereConditions(a.where))
    if (!ALLOWED_ON_MASKED.has(operator) && isMaskedPath(req.payload, slug, path)) refused.add(path)
  for (const path of sortPaths(a.sort)) if (isMaskedPath(req.payload, slug, path)) refused.add(path)
  if (a.field && isMaskedPath(req.payload, slug, a.field)) refused.add(a.field)
  if (refused.size === 0) return args
  const text = message(toLanguage(req.i18n?.language), 'maskedFieldSearch')
  throw new ValidationError({ errors: [...refused].map((path) => ({ path, message: text })) }, req.t)
}
