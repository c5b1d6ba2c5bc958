import { APIError, type Endpoint } from 'payload'
import { jsonBody } from '../../endpoints/requestParams'
import { message, toLanguage } from '../../i18n'
import { publishedSchema } from '../publishedSchema'
import { schemaEditorTenant } from '../schemaEditor'
import { startMigration } from './startMigration'

/**
 * POST /api/entity-schemas/purge { entity, key } — erases the stored values of a field the published
 * version removed, in the background like any migration; each erased value stays in the audit trail.
 */
export const purgeEndpoint: Endpoint = {
  path: '/purge',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const language = toLanguage(req.i18n?.language)
    const tenant = await schemaEditorTenant(req)
    const { entity, key } = (await jsonBody(req)) as { entity?: string; key?: string }
    const current = await publishedSchema(req, tenant, String(entity), { fresh: true })
    if (!key || !current.schema.properties[key]?.['x-removed'])
      throw new APIError(message(language, 'purgeOnlyRemoved', { key: String(key) }), 409, undefined, true)
    const migration = await startMigration(req, {
      tenant: tenant,
      entity: String(entity),
      fromVersion: current.version,
      toVersion: current.version,
      changes: [{ key, kind: 'purged' }],
    })
    await req.payload.jobs.queue({ task: 'applySchemaMigration', input: { migration: String(migration.id) }, req })
    return Response.json({ migration }, { status: 202 })
  },
}
