import { APIError, type PayloadRequest } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import type { Id } from '../access/types'
import { message, toLanguage } from '../i18n'

/** The active tenant of a user who may change its entity schemas (purge, rename); 403 for anyone else. */
export async function schemaEditorTenant(req: PayloadRequest): Promise<Id> {
  const context = await getAccessContext(req)
  if (!context?.tenantId || !grantFor(context, 'entity-schemas', 'update'))
    throw new APIError(message(toLanguage(req.i18n?.language), 'notAllowed'), 403, undefined, true)
  return context.tenantId
}
