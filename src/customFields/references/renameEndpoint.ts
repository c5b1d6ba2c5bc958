import { APIError, type Endpoint } from 'payload'
import type { Id } from '../../access/types'
import { jsonBody } from '../../endpoints/requestParams'
import { message, toLanguage } from '../../i18n'
import { FIELD_KEY, RESERVED_KEYS } from '../fieldTypes'
import { publish } from '../publish'
import { publishedSchema } from '../publishedSchema'
import { schemaEditorTenant } from '../schemaEditor'
import { referenceSources } from '.'
import { renameInVersion } from './renameInVersion'

/**
 * POST /api/entity-schemas/rename { entity, from, to } — renames a published field: every engine that
 * names it is rewritten (refused, listing the places, if one cannot be), a new version is published with
 * the new key, and the stored values move to it in the background (old key and value in the audit trail).
 */
export const renameEndpoint: Endpoint = {
  path: '/rename',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const language = toLanguage(req.i18n?.language)
    const tenant = await schemaEditorTenant(req)
    const { entity, from, to } = (await jsonBody(req)) as { entity?: string; from?: string; to?: string }
    const current = await publishedSchema(req, tenant, String(entity), { fresh: true })
    const field = from ? current.schema.properties[from] : undefined
    const refuse = (key: Parameters<typeof message>[1], vars: Record<string, string>, data?: object) =>
      new APIError(message(language, key, vars), 409, data, true)
    if (!from || !field || field['x-removed']) throw refuse('renameUnknownField', { key: String(from) })
    if (!to || !FIELD_KEY.test(to) || RESERVED_KEYS.has(to) || Object.hasOwn(current.schema.properties, to))
      throw refuse('renameBadKey', { key: String(to) })
    const stuck = []
    for (const source of referenceSources()) {
      if (source.rename || source.name === 'entity-schemas') continue
      stuck.push(...(await source.find(req, tenant, String(entity), from)))
    }
    if (stuck.length > 0)
      throw refuse('renameCannotRewrite', { places: stuck.map((p) => `${p.label}: ${p.where}`).join('; ') }, { places: stuck })
    const version = (await req.payload.findByID({
      collection: 'entity-schemas',
      id: current.versionId as Id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as never
    const renamed = renameInVersion(version, from, to)
    for (const source of referenceSources()) await source.rename?.(req, tenant, String(entity), from, to)
    const draft = await req.payload.create({
      collection: 'entity-schemas',
      data: { tenant, entity, ...renamed, note: `${from} → ${to}` } as never,
      overrideAccess: true,
      req,
    })
    const doc = await publish(req, draft.id, {
      confirmed: true,
      moves: [{ key: from, kind: 'renamed', to, after: renamed.schema.properties[to] }],
    })
    return Response.json({ doc })
  },
}
