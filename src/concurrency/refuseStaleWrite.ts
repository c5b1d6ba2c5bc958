import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { message, toLanguage } from '../i18n'
import { compareAndSet } from './compareAndSet'

/**
 * The version a client based its edit on: the record's `updatedAt`, sent as `If-Match` (REST) or put
 * in `context.expectedUpdatedAt` (Local API). Without one, the write is unconditional.
 */
export function expectedVersion(req: PayloadRequest): string | null {
  const fromContext = req.context?.expectedUpdatedAt
  if (typeof fromContext === 'string') return fromContext
  const header = req.headers?.get('if-match')
  if (!header) return null
  return header.replace(/^W\//, '').replace(/^"|"$/g, '').trim() || null
}

/**
 * An update based on an older version than the stored one is refused with 409 and the current
 * version, never silently overwriting a colleague's change. The check and the version bump are one
 * atomic statement, so of two saves of the same version exactly one wins.
 */
export const refuseStaleWrite: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || req.context?.skipVersionCheck) return data
  const expected = expectedVersion(req)
  if (!expected) return data
  const now = new Date().toISOString()
  const claimed = await compareAndSet(
    req,
    collection.slug,
    originalDoc.id,
    { updatedAt: { equals: new Date(expected).toISOString() } },
    { updatedAt: now },
  )
  if (!claimed) {
    const current = await req.payload.findByID({
      collection: collection.slug,
      id: originalDoc.id,
      depth: 0,
      req,
      overrideAccess: false,
      user: req.user,
    })
    throw new APIError(message(toLanguage(req.i18n?.language), 'staleWrite'), 409, { current }, true)
  }
  data.updatedAt = now
  return data
}
