import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import { TENANT_HEADER } from '../../access/activeTenant'
import type { Id } from '../../access/types'

export type Importer = Record<string, unknown> & { id: Id; collection: 'users' }

/** The importing user as the Local API's `user`. */
export async function importerOf(payload: Payload, userId: Id): Promise<Importer> {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
  return { ...(user as unknown as Record<string, unknown>), id: user.id, collection: 'users' }
}

type I18n = Awaited<ReturnType<typeof getLocalI18n>>
const i18nByConfig = new WeakMap<object, Map<string, Promise<I18n>>>()

/** The importer's language for the messages of refused rows (Payload's own included), made once per language. */
function importerI18n(payload: Payload, user: Importer): Promise<I18n> {
  const language = user.language === 'en' ? 'en' : 'zh'
  const made = i18nByConfig.get(payload.config) ?? new Map<string, Promise<I18n>>()
  i18nByConfig.set(payload.config, made)
  if (!made.has(language)) made.set(language, getLocalI18n({ config: payload.config, language }))
  return made.get(language) as Promise<I18n>
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
  const req = await createLocalReq(
    { user: user as never, context: { ...context, fromImport: true }, req: { i18n: await importerI18n(payload, user) } as never },
    payload,
  )
  req.headers = new Headers({ [TENANT_HEADER]: String(tenant) })
  return req
}
