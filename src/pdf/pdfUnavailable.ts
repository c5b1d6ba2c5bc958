import { APIError, type PayloadRequest } from 'payload'
import { message, toLanguage } from '../i18n'
import { ChromiumMissingError } from './chromium'

/** Chromium missing becomes a 503 that says how to install it; anything else is rethrown as is. */
export function pdfUnavailable(req: PayloadRequest, error: unknown): never {
  if (error instanceof ChromiumMissingError)
    throw new APIError(
      message(toLanguage(req.i18n?.language), 'chromiumMissing', { path: error.executablePath }),
      503,
      null,
      true,
    )
  throw error
}
