import { type CollectionBeforeOperationHook, ValidationError, type Where } from 'payload'
import { sortPaths, whereConditions } from '../access/queryPaths'
import { message, toLanguage } from '../i18n'
import { fieldRulesFor } from './fieldRulesFor'

/** A user may look a masked value up by what they already know in full, nothing more. */
const ALLOWED_ON_MASKED = new Set(['equals', 'exists'])

/** `custom.phone.x`, `version.custom.phone` and `name` name the restricted field `custom.phone` / `name`. */
function restrictedPathOf(path: string, restricted: Set<string>): string | undefined {
  const bare = path.startsWith('version.') ? path.slice(8) : path
  const segments = bare.split('.')
  const candidate = segments[0] === 'custom' ? segments.slice(0, 2).join('.') : segments[0]
  return restricted.has(candidate) ? candidate : undefined
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
  const rules = await fieldRulesFor(req, collection.slug, undefined, a.overrideAccess)
  const hiding = new Set([...rules.values()].filter((r) => r.level !== 'readOnly').map((r) => r.path))
  if (hiding.size === 0) return args
  const refused = new Set<string>()
  for (const { path, operator } of whereConditions(a.where)) {
    const field = restrictedPathOf(path, hiding)
    if (field && (rules.get(field)?.level === 'hidden' || !ALLOWED_ON_MASKED.has(operator))) refused.add(path)
  }
  for (const path of [...sortPaths(a.sort), ...(a.field ? [a.field] : [])]) if (restrictedPathOf(path, hiding)) refused.add(path)
  if (refused.size === 0) return args
  const language = toLanguage(req.i18n?.language)
  const errors = [...refused].map((path) => {
    const level = rules.get(restrictedPathOf(path, hiding) as string)?.level
    return { path, message: message(language, level === 'hidden' ? 'fieldHiddenSearch' : 'maskedFieldSearch') }
  })
  throw new ValidationError({ errors }, req.t)
}
