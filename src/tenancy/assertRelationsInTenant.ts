import { type CollectionBeforeChangeHook, type FlattenedField, type PayloadRequest, ValidationError } from 'payload'
import { type Id, idOf, sameId } from '../access/types'
import { message, toLanguage } from '../i18n'

type Reference = { path: string; label: string; collection: string; id: Id }

/**
 * Every relationship of a tenant's row must point inside the same tenant: a contact cannot belong to
 * another tenant's account, an owner must be a member. Checked on the server whatever the client sent.
 */
export const assertRelationsInTenant: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const tenantId = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenantId == null) return data
  const references: Reference[] = []
  collectReferences(collection.flattenedFields, data, '', references, req)
  const errors: { path: string; message: string }[] = []
  const lang = toLanguage(req.i18n?.language)
  for (const ref of references) {
    const problem = await referenceProblem(req, ref.collection, ref.id, tenantId)
    if (problem) errors.push({ path: ref.path, message: message(lang, problem, { field: ref.label }) })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}

function fieldLabel(field: FlattenedField, req: PayloadRequest): string {
  const value = (field as { label?: unknown }).label
  if (value && typeof value === 'object') {
    const lang = toLanguage(req.i18n?.language)
    return (value as Record<string, string>)[lang] ?? field.name
  }
  return typeof value === 'string' ? value : field.name
}

function collectReferences(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  out: Reference[],
  req: PayloadRequest,
) {
  for (const field of fields) {
    const value = data?.[field.name]
    if (value == null) continue
    const path = `${prefix}${field.name}`
    if ((field.type === 'relationship' || field.type === 'upload') && field.name !== 'tenant') {
      const values = Array.isArray(value) ? value : [value]
      values.forEach((item, index) => {
        const polymorphic = Array.isArray(field.relationTo)
        const collection = polymorphic ? (item as { relationTo: string }).relationTo : (field.relationTo as string)
        const id = idOf(polymorphic ? (item as { value: unknown }).value : item)
        if (id != null && collection) {
          out.push({ path: Array.isArray(value) ? `${path}.${index}` : path, label: fieldLabel(field, req), collection, id })
        }
      })
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        collectReferences(field.flattenedFields, row as Record<string, unknown>, `${path}.${index}.`, out, req)
      })
    } else if (field.type === 'group' && typeof value === 'object') {
      collectReferences(field.flattenedFields, value as Record<string, unknown>, `${path}.`, out, req)
    }
  }
}

/** Why a reference to `collection`/`id` may not be stored in `tenantId`'s records, or null when it may. */
export async function referenceProblem(req: PayloadRequest, collection: string, id: Id, tenantId: Id) {
  if (collection === 'tenants') return null
  const related = req.payload.collections[collection]?.config
  if (!related) return null
  const isUsers = collection === 'users'
  const hasTenant = related.flattenedFields.some((f) => f.name === 'tenant')
  if (!isUsers && !hasTenant) return null
  const doc = await req.payload
    .findByID({ collection, id, depth: 0, overrideAccess: true, req, trash: true, disableErrors: true })
    .catch(() => null)
  if (!doc) return 'relationNotFound' as const
  if (isUsers) {
    const memberships = (doc as { memberships?: { tenant: unknown }[] }).memberships ?? []
    return memberships.some((m) => sameId(idOf(m.tenant), tenantId)) ? null : ('relationOtherTenant' as const)
  }
  return sameId(idOf((doc as { tenant?: unknown }).tenant), tenantId) ? null : ('relationOtherTenant' as const)
}
