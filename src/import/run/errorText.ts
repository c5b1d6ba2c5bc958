import { ValidationError } from 'payload'

/** A refused write as one line for the row: each field's message (Payload's ValidationError), or the error's text. */
export function errorText(error: unknown): string {
  if (error instanceof ValidationError) {
    const errors = (error.data as { errors?: { path?: string; label?: string; message?: string }[] })?.errors ?? []
    if (errors.length > 0) return errors.map((e) => `${e.label || e.path}: ${e.message}`).join('; ')
  }
  return String((error as Error)?.message ?? error).slice(0, 2000)
}
