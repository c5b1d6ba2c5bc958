import { APIError, Forbidden, type PayloadRequest } from 'payload'
import { getAccessContext } from '../access/accessContext'
import type { AccessContext } from '../access/types'
import { message, toLanguage } from '../i18n'

/** Export and erasure reach every record of the tenant, so they need the tenant admin or the role flag. */
export async function assertMayManagePersonalData(req: PayloadRequest): Promise<AccessContext> {
  const context = await getAccessContext(req)
  if (!context) throw new Forbidden(req.t)
  if (!context.managePersonalData || context.readOnly)
    throw new APIError(message(toLanguage(req.i18n?.language), 'personalDataForbidden'), 403, undefined, true)
  return context
}
