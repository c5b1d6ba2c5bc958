import type { TextFieldSingleValidation } from 'payload'
import { toLanguage } from '../i18n'
import { urlProblem } from './checkUrl'
import { webhookMessage } from './messages'

/** The `url` field's check: a 400 naming `url`, in the user's language. */
export const validateWebhookUrl: TextFieldSingleValidation = (value, { req }) => {
  const problem = urlProblem(value)
  return problem ? webhookMessage(toLanguage(req.i18n?.language), problem) : true
}
