import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { idOf } from '../access/types'
import { message, toLanguage } from '../i18n'
import { findMatches } from './findMatches'
import type { DuplicateCollection } from './matchKeys'
import { duplicateSettings } from './settings'

export const CONFIRM_HEADER = 'x-confirm-duplicate'

/**
 * The client has seen the matches and creates the record anyway: `X-Confirm-Duplicate: 1`,
 * `context.confirmDuplicate` (Local API) or the admin form's `confirmDuplicate` box.
 */
export const confirmedDuplicate = (req: PayloadRequest) =>
  req.context?.confirmDuplicate === true || ['1', 'true', 'yes'].includes(req.headers?.get(CONFIRM_HEADER)?.trim() ?? '')

/**
 * Under the tenant's `block` policy a new record that shares an active key with an existing one is
 * refused with 409 and the matches (only those the user may read by name), until the client confirms.
 * Only creates: an edit of an existing record is not a new duplicate, and merging is how two become one.
 */
export const refuseDuplicate =
  (collection: DuplicateCollection): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || confirmedDuplicate(req) || req.context?.skipDuplicateCheck) return data
    if (data.confirmDuplicate === true) return data
    const tenantId = idOf(data.tenant)
    if (tenantId == null) return data
    // Under warn the admin has already shown the matches; a create (or an import) costs no query more.
    if ((await duplicateSettings(req, tenantId, collection)).policy !== 'block') return data
    const found = await findMatches(req, collection, tenantId, data, { asUser: Boolean(req.user) })
    if (found.matches.length + found.hidden.count === 0) return data
    throw new APIError(
      message(toLanguage(req.i18n?.language), 'duplicateRefused', { count: found.matches.length + found.hidden.count }),
      409,
      { duplicates: found },
      true,
    )
  }
