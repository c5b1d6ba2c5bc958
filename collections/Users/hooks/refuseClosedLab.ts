import { type CollectionBeforeLoginHook, UnauthorizedError } from 'payload'
import { aroundMemberships } from '../../../src/access/accessContext'
import { type Id, idOf } from '../../../src/access/types'
import { message, toLanguage } from '../../../src/i18n'

/**
 * A student of a closed class cannot sign in: when every membership of the user is in a closed group
 * (a membership there grants nothing), the login is refused with a message saying why, rather than
 * letting them into an app where they reach nothing. A teacher's closed class still admits them (reads).
 */
export const refuseClosedLab: CollectionBeforeLoginHook = async ({ req, user }) => {
  const { isSuperAdmin, memberships } = user as { isSuperAdmin?: boolean; memberships?: { tenant: unknown }[] | null }
  const tenants = (memberships ?? []).map((m) => idOf(m.tenant)).filter((id): id is Id => id != null)
  if (isSuperAdmin || tenants.length === 0) return user
  const { closed } = await aroundMemberships(req, tenants)
  if (tenants.every((id) => closed.get(String(id)) === 'shut')) {
    const error = new UnauthorizedError(req.t)
    error.message = message(toLanguage(req.i18n?.language ?? (user as { language?: string }).language), 'labClosed')
    error.data = { reason: 'closed' }
    throw error
  }
  return user
}
