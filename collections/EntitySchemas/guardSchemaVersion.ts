import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { type Id, idOf } from '../../src/access/types'
import { EMPTY_SCHEMA } from '../../src/customFields/customSchema'
import { publishedSchema } from '../../src/customFields/publishedSchema'
import { versionProblems } from '../../src/customFields/versionProblems'
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
  const errors = await versionProblems(
    req,
    {
      tenant: data.tenant ?? originalDoc?.tenant,
      entity: String(data.entity ?? originalDoc?.entity),
      schema: data.schema ?? originalDoc?.schema,
      layout: data.layout ?? originalDoc?.layout,
      listViews: data.listViews ?? originalDoc?.listViews,
      fieldPermissions: data.fieldPermissions !== undefined ? data.fieldPermissions : originalDoc?.fieldPermissions,
    },
    language,
  )
  if (errors.length > 0) throw new ValidationError({ errors }, req.t)
  return data
}
