import { Forbidden, type PayloadRequest, ValidationError } from 'payload'
import { type Language, message, toLanguage } from '../i18n'
import type { MessageKey } from '../i18n/messages/en'

export const requestLanguage = (req: PayloadRequest): Language => toLanguage(req.i18n?.language)

/** 400 naming the field, in the user's language. */
export function invalidField(req: PayloadRequest, path: string, key: MessageKey, vars: Record<string, string> = {}) {
  return new ValidationError({ errors: [{ path, message: message(requestLanguage(req), key, vars) }] }, req.t)
}

export function forbidden(req: PayloadRequest): Forbidden {
  return new Forbidden(req.t)
}
