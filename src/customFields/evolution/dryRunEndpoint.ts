import { APIError, type Endpoint } from 'payload'
import { getAccessContext, grantFor } from '../../access/accessContext'
import { type Id, idOf } from '../../access/types'
import { routeId } from '../../endpoints/requestParams'
import { message, toLanguage } from '../../i18n'
import type { CustomSchema } from '../customSchema'
import { publishedSchema } from '../publishedSchema'
import { dryRun } from './dryRun'

/** POST /api/entity-schemas/:id/dry-run — what publishing this draft would do to the stored records. */
export const dryRunEndpoint: Endpoint = {
  path: '/:id/dry-run',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const language = toLanguage(req.i18n?.language)
    const context = await getAccessContext(req)
    if (!context || !grantFor(context, 'entity-schemas', 'update'))
      throw new APIError(message(language, 'notAllowed'), 403, undefined, true)
    const draft = (await req.payload.findByID({
      collection: 'entity-schemas',
      id: routeId(req),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })) as unknown as { tenant: unknown; entity: string; schema: CustomSchema } | null
    if (!draft) throw new APIError(message(language, 'notFound'), 404, undefined, true)
    const tenant = idOf(draft.tenant) as Id
    const current = await publishedSchema(req, tenant, draft.entity, { fresh: true })
    return Response.json(await dryRun(req, tenant, draft.entity, current.versionId ? current.schema : null, draft.schema))
  },
}
