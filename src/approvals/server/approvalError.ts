import { APIError } from 'payload'
import type { Language } from '../../i18n/language'
import { type ApprovalMessageKey, approvalMessage } from '../engine'

/**
 * A refusal in the user's language, with the message key as `data.code` for clients. The data is not
 * optional: without it Payload's production build answers "An unknown error occurred." instead.
 */
export const approvalError = (
  language: Language,
  key: ApprovalMessageKey,
  status: number,
  vars: Record<string, string | number> = {},
) => new APIError(approvalMessage(language, key, vars), status, { code: key, ...vars }, true)
