import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { BUSINESS_COLLECTIONS } from '../../src/access/permissionedCollections'
import { type Id, idOf } from '../../src/access/types'
import { defaultProblems } from '../../src/customFields/checkDefaults'
import { dictionaryDefaultProblems, unknownDictionaries } from '../../src/customFields/checkDictionaryValues'
import { checkSchema } from '../../src/customFields/checkSchema'
import { type CustomSchema, EMPTY_SCHEMA } from '../../src/customFields/customSchema'
import { baseFieldsOf, checkLayout, checkListViews, fieldCatalog } from '../../src/customFields/layout'
import { publishedSchema } from '../../src/customFields/publishedSchema'
import { checkFieldPermissions } from '../../src/fieldPermissions/checkFieldPermissions'
import { message, toLanguage } from '../../src/i18n'

const CONTENT = ['schema', 'layout', 'listViews', 'fieldPermissions'] as const

/**
 * A version is born a draft with the next number for its entity; only drafts change (a published
 * version is history: change it by drafting the next); the schema must be publishable to be saved.
 */
export const guardSchemaVersion: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const language = toLanguage(req.i18n?.language)
  if (operation === 'create') {
    const { docs } = await req.payload.find({
      collection: 'entity-schemas',
      where: { and: [{ tenant: { equals: idOf(data.tenant) } }, { entity: { equals: data.entity } }] },
      sort: '-version',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { version: true },
    })
    data.version = ((docs[0] as { version?: number } | undefined)?.version ?? 0) + 1
    data.status = 'draft'
    // What the draft starts from: publishing is refused if another version is published meanwhile.
    data.basedOn = (await publishedSchema(req, idOf(data.tenant) as Id, String(data.entity), { fresh: true })).version
    data.schema ??= EMPTY_SCHEMA
  } else if (originalDoc) {
    if (data.entity !== undefined && data.entity !== originalDoc.entity)
      throw new ValidationError({ errors: [{ path: 'entity', message: message(language, 'schemaEntityFixed') }] }, req.t)
    const changed = CONTENT.some(
      (key) => data[key] !== undefined && JSON.stringify(data[key]) !== JSON.stringify(originalDoc[key]),
    )
    if (changed && originalDoc.status !== 'draft')
      throw new APIError(message(language, 'schemaVersionFrozen'), 409, undefined, true)
    // Status moves only through publishing, which compares and sets it itself.
    if (!req.context.publishing) data.status = originalDoc.status
  }
  const collection = req.payload.collections[String(data.entity ?? originalDoc?.entity)]?.config
  const baseFields = baseFieldsOf((collection?.fields ?? []) as Parameters<typeof baseFieldsOf>[0])
  const schema = data.schema ?? originalDoc?.schema
  const problems = checkSchema(schema, { lookupTargets: [...BUSINESS_COLLECTIONS], baseFields: baseFields.map((f) => f.name) })
  const tenant = idOf(data.tenant ?? originalDoc?.tenant) as Id
  if (problems.length === 0) problems.push(...(await unknownDictionaries(req, tenant, schema)))
  // Defaults are values too: one its own field would refuse could never be given to a new record.
  if (problems.length === 0)
    problems.push(...defaultProblems(schema, language), ...(await dictionaryDefaultProblems(req, tenant, schema, language)))
  const errors = problems.map((p) => ({ path: 'schema', message: `${p.pointer || '/'}: ${p.message}` }))
  // Layout and list views are checked against the schema they are saved with, once that schema is sound.
  if (errors.length === 0) {
    const fields = fieldCatalog(baseFields, schema as CustomSchema)
    for (const key of ['layout', 'listViews'] as const) {
      const value = data[key] ?? originalDoc?.[key]
      if (value == null) continue
      const found = key === 'layout' ? checkLayout(value, fields, language) : checkListViews(value, fields, language)
      errors.push(...found.map((p) => ({ path: key, message: `${p.pointer || '/'}: ${p.message}` })))
    }
  }
  const required = (collection?.flattenedFields ?? []).filter((f) => 'required' in f && f.required).map((f) => f.name)
  const permissions = data.fieldPermissions !== undefined ? data.fieldPermissions : originalDoc?.fieldPermissions
  for (const p of checkFieldPermissions(
    permissions,
    baseFields.map((f) => f.name),
    required,
  ))
    errors.push({ path: 'fieldPermissions', message: `${p.pointer || '/'}: ${p.message}` })
  if (errors.length > 0) throw new ValidationError({ errors }, req.t)
  return data
}
