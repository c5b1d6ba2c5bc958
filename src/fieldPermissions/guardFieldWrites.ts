import { type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig, ValidationError } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { type Id, idOf } from '../access/types'
import type { CustomSchema } from '../customFields/customSchema'
import { publishedSchema } from '../customFields/publishedSchema'
import { message, toLanguage } from '../i18n'
import { looksMasked } from '../privacy/mask'
import { fieldRulesFor } from './fieldRulesFor'
import { blocksWrite } from './levels'
import { isMaskedForm } from './maskField'

type Data = Record<string, unknown>
const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)
const plain = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(plain) : value && typeof value === 'object' && 'id' in value ? idOf(value) : value
const same = (a: unknown, b: unknown) => JSON.stringify(plain(a) ?? null) === JSON.stringify(plain(b) ?? null)

/** A field's static default: what a create form shows prefilled (custom fields: the schema's `default`). */
function defaultOf(collection: SanitizedCollectionConfig, schema: CustomSchema | null, path: string): unknown {
  if (path.startsWith('custom.')) return schema?.properties[path.slice(7)]?.default
  const field = collection.flattenedFields.find((f) => f.name === path)
  const value = field && 'defaultValue' in field ? field.defaultValue : undefined
  return typeof value === 'function' ? undefined : value
}

async function storedRecord(req: PayloadRequest, slug: string, id: Id): Promise<Data | null> {
  return (await req.payload.db.findOne({ collection: slug, where: { id: { equals: id } }, req })) as Data | null
}

/**
 * Writes by a user whose roles restrict fields (checked before Payload sanitizes the data, where
 * what the user sent is still told apart from defaults):
 * - a read-only or hidden field cannot be set or changed: 400 naming it, in the user's language. Sending
 *   the stored value back (a form saved as shown) is no change; a hidden field sent empty is ignored.
 * - a masked value sent back as it was shown keeps the stored value; an edited mask is refused; a value
 *   typed in full replaces it.
 */
export const guardFieldWrites: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const a = args as { data?: Data; id?: Id; where?: unknown; overrideAccess?: boolean }
  if (!a.data || typeof a.data !== 'object' || !req.user || a.overrideAccess === true) return args
  const tenant = idOf(a.data.tenant) ?? (await getAccessContext(req))?.tenantId
  const rules = await fieldRulesFor(req, collection.slug, tenant, a.overrideAccess)
  if (rules.size === 0) return args
  const sent = a.data
  const sentCustom = sent.custom && typeof sent.custom === 'object' ? { ...(sent.custom as Data) } : undefined
  const touches = [...rules.keys()].some((path) =>
    path.startsWith('custom.') ? sentCustom && Object.hasOwn(sentCustom, path.slice(7)) : Object.hasOwn(sent, path),
  )
  if (!touches) return args
  // One record: compare with what it holds. Many (update by where) or a new one: any value is a change.
  const stored = operation === 'update' && a.id != null ? await storedRecord(req, collection.slug, a.id) : null
  const storedCustom = (stored?.custom ?? {}) as Data
  const schema = operation === 'create' && tenant != null ? (await publishedSchema(req, tenant, collection.slug)).schema : null
  const language = toLanguage(req.i18n?.language)
  const errors: { path: string; message: string }[] = []
  const data: Data = { ...sent }
  for (const { path, level, kind } of rules.values()) {
    const isCustom = path.startsWith('custom.')
    const key = isCustom ? path.slice(7) : path
    const holder = isCustom ? sentCustom : data
    if (!holder || !Object.hasOwn(holder, key)) continue
    const value = holder[key]
    const before = isCustom ? storedCustom[key] : stored?.[key]
    if (level === 'masked') {
      if (stored && isMaskedForm(kind, value, before)) holder[key] = before
      else if (looksMasked(value)) errors.push({ path, message: message(language, 'maskedValueEdited') })
      continue
    }
    if (!blocksWrite(level)) continue
    // A new record: only the field's default may come along (a create form sends it prefilled), and it
    // is kept — nothing else would give a custom field its default.
    if (!stored && !isEmpty(value) && same(value, defaultOf(collection, schema, path))) continue
    const unchanged = stored ? same(value, before) : isEmpty(value)
    if (unchanged || (level === 'hidden' && isEmpty(value))) {
      delete holder[key] // nothing to write: the stored value stays
      continue
    }
    errors.push({ path, message: message(language, level === 'hidden' ? 'fieldHiddenForYou' : 'fieldReadOnlyForYou') })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  if (sentCustom) data.custom = sentCustom
  return { ...args, data }
}
