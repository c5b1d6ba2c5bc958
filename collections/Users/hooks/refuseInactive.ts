import { type CollectionBeforeLoginHook, UnauthorizedError } from 'payload'
import { message, toLanguage } from '../../../src/i18n'

/** A deactivated user keeps their data and history but cannot sign in. */
export const refuseInactive: CollectionBeforeLoginHook = ({ req, user }) => {
  if ((user as { active?: boolean }).active === false) {
    const error = new UnauthorizedError(req.t)
    error.message = message(toLanguage(req.i18n?.language), 'accountInactive')
    error.data = { reason: 'inactive' }
    throw error
  }
  return user
}
