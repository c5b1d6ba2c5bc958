import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { message, toLanguage } from '../../i18n'

/** Set by submit and review: only they change a plan's status and review fields. */
export const PLAN_MOVE = 'formworkWorkPlanMove'
export const MOVE_FIELDS = ['status', 'submittedAt', 'reviewer', 'reviewedAt', 'reviews'] as const
const LOCKED = ['submitted', 'approved']

/**
 * A plan is the author's until submitted: then its text is what the reviewer reads, and it changes
 * only if the reviewer returns it. Status and reviews move only through submit and review, whatever
 * the form sends. Moving a plan to the recycle bin and back stays possible.
 */
export const guardPlanWrites: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.context[PLAN_MOVE]) return data
  if (operation === 'create')
    return { ...data, status: 'draft', submittedAt: null, reviewer: null, reviewedAt: null, reviews: [] }
  const trashing = 'deletedAt' in data && (data.deletedAt ?? null) !== (originalDoc?.deletedAt ?? null)
  if (!trashing && LOCKED.includes(originalDoc?.status)) {
    const language = toLanguage(req.i18n?.language)
    throw new ValidationError({ errors: [{ path: 'status', message: message(language, 'planLocked') }] }, req.t)
  }
  const kept = Object.fromEntries(MOVE_FIELDS.map((field) => [field, originalDoc?.[field]]))
  return { ...data, ...kept }
}
