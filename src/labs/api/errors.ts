import type { PayloadHandler, PayloadRequest } from 'payload'
import { type Language, toLanguage } from '../../i18n/language'
import { type LabMessageKey, labMessage } from './messages'

/** A refusal the console shows as it is: its status, a message in the user's language, the field it is about. */
export class LabError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

export const languageOf = (req: PayloadRequest): Language =>
  toLanguage(req.i18n?.language ?? (req.user as { language?: string } | null)?.language)

/** A LabError in the request's language. */
export const labError = (
  req: PayloadRequest,
  status: number,
  key: LabMessageKey,
  vars: Record<string, string | number> = {},
  field?: string,
) => new LabError(status, labMessage(languageOf(req), key, vars), field)

export const errorResponse = (error: LabError) =>
  Response.json(
    { errors: [{ message: error.message, ...(error.field ? { field: error.field } : {}) }] },
    { status: error.status },
  )

/** The contract's error shape (`{ errors: [{ message, field? }] }`) for our refusals; anything else goes to Payload. */
export const labHandler =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof LabError) return errorResponse(error)
      throw error
    }
  }
