import { maskEmail, maskPhone } from '../privacy/mask'
import { maskedFieldsOf } from '../privacy/personalFields'

/** How a masked field is shown: numbers keep their prefix and last digits, addresses their domain, the rest a hint. */
export type MaskKind = 'phone' | 'email' | 'text'

const STARS = '***'

/** The mask kind of a custom field type, or of a base field (the personal-data list says which are phones). */
export function maskKindOf(type: unknown, entity?: string, field?: string): MaskKind {
  if (type === 'phone' || type === 'email') return type
  const personal = entity && field ? maskedFieldsOf(entity).find((f) => f.field === field) : undefined
  return personal?.kind ?? 'text'
}

/**
 * `13812345678` → `138****5678`, `zhang.san@example.com` → `z***@example.com`, any other text → its
 * first character and `***`; numbers, lists and objects → `***` (their size would say too much).
 */
export function maskField(kind: MaskKind, value: unknown): unknown {
  if (value == null || value === '') return value
  if (typeof value !== 'string') return STARS
  if (kind === 'phone') return maskPhone(value)
  if (kind === 'email') return maskEmail(value)
  return `${[...value][0]}${STARS}`
}

/** A value sent back exactly as the masked reader was shown it: keep the stored one. */
export function isMaskedForm(kind: MaskKind, candidate: unknown, stored: unknown): boolean {
  if (stored == null || stored === '') return false
  const masked = maskField(kind, stored)
  return typeof candidate === 'string' && candidate === masked && JSON.stringify(masked) !== JSON.stringify(stored)
}
