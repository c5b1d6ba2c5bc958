import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { message } from '../i18n'
import type { Language } from '../i18n/language'
import type { CustomSchema } from './customSchema'
import type { CustomError } from './validateValues'

/** A lookup or file field must point to a record that exists in the same tenant. */
export async function checkLookups(
  req: PayloadRequest,
  schema: CustomSchema,
  values: Record<string, unknown>,
  tenant: Id,
  onlyKeys: Set<string> | undefined,
  language: Language,
): Promise<CustomError[]> {
  const errors: CustomError[] = []
  for (const [key, field] of Object.entries(schema.properties)) {
    const target = field['x-relationTo']
    const value = values[key]
    if (!target || field['x-removed'] || value == null || (onlyKeys && !onlyKeys.has(key))) continue
    const found = await req.payload.find({
      collection: target as 'accounts',
      where: { id: { equals: value } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      trash: true,
      req,
      select: { tenant: true },
    })
    const doc = found.docs[0] as { tenant?: unknown } | undefined
    const field_ = `custom.${key}`
    if (!doc) errors.push({ path: field_, message: message(language, 'relationNotFound', { field: field_ }) })
    else if (String((doc.tenant as { id?: unknown })?.id ?? doc.tenant) !== String(tenant))
      errors.push({ path: field_, message: message(language, 'relationOtherTenant', { field: field_ }) })
  }
  return errors
}
