import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { message } from '../i18n'
import type { Language } from '../i18n/language'
import { referenceProblem } from '../tenancy/assertRelationsInTenant'
import type { CustomSchema } from './customSchema'
import type { CustomError } from './validateValues'

/** A lookup or file field must point to a record that exists in the same tenant, as base relations must. */
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
    const problem = await referenceProblem(req, target, value as Id, tenant)
    const path = `custom.${key}`
    if (problem) errors.push({ path, message: message(language, problem, { field: path }) })
  }
  return errors
}
