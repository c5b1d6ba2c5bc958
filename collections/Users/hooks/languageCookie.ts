import type { CollectionAfterChangeHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'
import { toLanguage } from '../../../src/i18n'

/** Payload's admin reads its language from `<cookiePrefix>-lng`; the user's preference decides it. */
function setCookie(req: PayloadRequest, language: unknown) {
  const prefix = req.payload.config.cookiePrefix || 'payload'
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', `${prefix}-lng=${toLanguage(language)}; Path=/; SameSite=Lax; Max-Age=31536000`)
}

export const setLanguageCookie: CollectionAfterLoginHook = ({ req, user }) => {
  setCookie(req, (user as { language?: string }).language)
  return user
}

export const setLanguageCookieOnChange: CollectionAfterChangeHook = ({ doc, previousDoc, req, operation }) => {
  const self = req.user && String(req.user.id) === String(doc.id)
  if (operation === 'update' && self && doc.language !== previousDoc?.language) setCookie(req, doc.language)
  return doc
}
