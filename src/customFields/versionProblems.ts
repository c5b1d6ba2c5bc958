import type { PayloadRequest } from 'payload'
import { BUSINESS_COLLECTIONS } from '../access/permissionedCollections'
import { type Id, idOf } from '../access/types'
import { checkFieldPermissions } from '../fieldPermissions/checkFieldPermissions'
import type { Language } from '../i18n/language'
import { defaultProblems } from './checkDefaults'
import { dictionaryDefaultProblems, unknownDictionaries } from './checkDictionaryValues'
import { checkSchema } from './checkSchema'
import type { CustomSchema } from './customSchema'
import { baseFieldsOf, checkLayout, checkListViews, fieldCatalog } from './layout'

/** What an entity version holds, as stored or about to be. */
export type VersionContent = {
  tenant: unknown
  entity: string
  schema: unknown
  layout?: unknown
  listViews?: unknown
  fieldPermissions?: unknown
}

/**
 * Why a version cannot be saved or published, as ValidationError entries (`path` the part, `message`
 * the JSON pointer inside it and the reason, in the admin's language): the schema first, then its
 * layout and list views against that schema once it is sound, then the base-field permissions.
 */
export async function versionProblems(
  req: PayloadRequest,
  version: VersionContent,
  language: Language,
): Promise<{ path: string; message: string }[]> {
  const collection = req.payload.collections[version.entity]?.config
  const baseFields = baseFieldsOf((collection?.fields ?? []) as Parameters<typeof baseFieldsOf>[0])
  const problems = checkSchema(version.schema, {
    lookupTargets: [...BUSINESS_COLLECTIONS],
    baseFields: baseFields.map((f) => f.name),
    language,
  })
  const tenant = idOf(version.tenant) as Id
  if (problems.length === 0) problems.push(...(await unknownDictionaries(req, tenant, version.schema as CustomSchema)))
  // Defaults are values too: one its own field would refuse could never be given to a new record.
  if (problems.length === 0)
    problems.push(
      ...defaultProblems(version.schema as CustomSchema, language),
      ...(await dictionaryDefaultProblems(req, tenant, version.schema as CustomSchema, language)),
    )
  const errors = problems.map((p) => ({ path: 'schema', message: `${p.pointer || '/'}: ${p.message}` }))
  if (errors.length === 0) {
    const fields = fieldCatalog(baseFields, version.schema as CustomSchema)
    for (const key of ['layout', 'listViews'] as const) {
      const value = version[key]
      if (value == null) continue
      const found = key === 'layout' ? checkLayout(value, fields, language) : checkListViews(value, fields, language)
      errors.push(...found.map((p) => ({ path: key, message: `${p.pointer || '/'}: ${p.message}` })))
    }
  }
  const required = (collection?.flattenedFields ?? []).filter((f) => 'required' in f && f.required).map((f) => f.name)
  for (const p of checkFieldPermissions(
    version.fieldPermissions,
    baseFields.map((f) => f.name),
    required,
  ))
    errors.push({ path: 'fieldPermissions', message: `${p.pointer || '/'}: ${p.message}` })
  return errors
}
