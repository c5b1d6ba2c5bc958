import type { CollectionAfterReadHook } from 'payload'
import { maskValue } from './mask'
import { isMaskedViewer } from './maskedViewer'
import { maskedFieldsOf } from './personalFields'

/**
 * Shows contact channels masked to masked viewers, on every read path: REST, GraphQL, the Local API
 * with a user, lists, the admin, populated relations and versions (Payload runs this hook for all).
 */
export const maskOnRead =
  (slug: string): CollectionAfterReadHook =>
  async ({ doc, overrideAccess, req }) => {
    if (!doc || !(await isMaskedViewer(req, overrideAccess))) return doc
    for (const { field, kind } of maskedFieldsOf(slug)) {
      const value = doc[field]
      if (typeof value === 'string' && value !== '') doc[field] = maskValue(kind, value)
    }
    return doc
  }
