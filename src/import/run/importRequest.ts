import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import { TENANT_HEADER } from '../../access/activeTenant'
import type { Id } from '../../access/types'

export type Importer = Record<string, unknown> & { id: Id; collection: 'users' }

/** The importing user as the Local API's `user`. */
export async function importerOf(payload: Payload, userId: Id): Promise<Importer> {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
  return { ...(user as unknown as Record<string, unknown>), id: user.id, collection: 'users' }
}

/**
 * A request acting as the importer in the import's tenant, as a REST call with `X-Tenant` would:
 * every write goes through the same access, hooks and validation as the user's own edits.
 */
export async function importRequest(
  payload: Payload,
  user: Importer,
  tenant: Id,
  context: Record<string, unknown> = {},
): Promise<PayloadRequest> {
  // The importer's language for refused rows' reasons, Payload's own messages included (its i18n is
  // memoized per language, so a request per row costs nothing more).
  const i18n = await getLocalI18n({ config: payload.config, language: user.language === 'en' ? 'en' : 'zh' })
  const req = await createLocalReq(
    { user: user as never, context: { ...context, fromImport: true }, req: { i18n } as never },
    payload,
  )
  req.headers = new Headers({ [TENANT_HEADER]: String(tenant) })
  return req
}
