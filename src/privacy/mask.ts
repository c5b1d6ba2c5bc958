/**
 * Masking of contact channels for people who may work with a record but not see its numbers and
 * addresses in full. Pure functions over strings: the same value always masks the same way, so a
 * masked value sent back unchanged can be recognised (`isMaskOf`) and the stored value kept.
 */

export type MaskKind = 'phone' | 'email'

const MASK = '*'
const isDigit = (c: string) => c >= '0' && c <= '9'

/** Replace the digits at positions [keepStart, digitCount - keepEnd) with `*`, keeping separators. */
function maskDigits(value: string, keepStart: number, keepEnd: number): string {
  const digitCount = [...value].filter(isDigit).length
  let seen = 0
  return [...value]
    .map((c) => {
      if (!isDigit(c)) return c
      const index = seen++
      return index < keepStart || index >= digitCount - keepEnd ? c : MASK
    })
    .join('')
}

/** How many leading digits identify where a number belongs (country, carrier, area), never the subscriber. */
function leadingDigitsToKeep(value: string, digits: string): number {
  const trimmed = value.trim()
  const international = trimmed.startsWith('+') ? 1 : trimmed.startsWith('00') ? 2 : 0
  if (international) {
    const national = digits.slice(international === 2 ? 2 : 0)
    const prefix = international === 2 ? 2 : 0
    // China: +86 then a mobile (1xx) or an area code without its trunk 0.
    if (national.startsWith('86')) {
      const rest = national.slice(2)
      if (rest.startsWith('1') && rest.length === 11) return prefix + 2 + 3
      return prefix + 2 + (rest.startsWith('1') || rest.startsWith('2') ? 2 : 3)
    }
    // Elsewhere the country code is the first group the writer separated, or else its first two digits.
    const firstGroup = trimmed.replace(/^(\+|00)/, '').match(/^\d+/)?.[0] ?? ''
    const code = firstGroup.length > 0 && firstGroup.length <= 3 && firstGroup.length < national.length ? firstGroup.length : 2
    return prefix + code
  }
  // Mainland mobile: 11 digits starting with 1 → carrier prefix 138.
  if (digits.length === 11 && digits.startsWith('1')) return 3
  // Mainland landline with its area code: 010 / 02x are three digits, the others four.
  if (digits.startsWith('0') && digits.length >= 9) return digits.startsWith('01') || digits.startsWith('02') ? 3 : 4
  return 0
}

/**
 * `13812345678` → `138****5678`; `010-62345678` → `010-****5678`; `+44 20 7946 0958` →
 * `+44 ** **** 0958`. Short numbers keep only their last two digits.
 */
export function maskPhone(value: string): string {
  const digits = [...value].filter(isDigit).join('')
  if (digits.length === 0) return value.length === 0 ? value : MASK.repeat(3)
  if (digits.length <= 6) return maskDigits(value, 0, Math.min(2, digits.length - 1))
  const keepStart = leadingDigitsToKeep(value, digits)
  // Always hide at least four digits, whatever the prefixes claim.
  const keepEnd = Math.max(0, Math.min(4, digits.length - keepStart - 4))
  return maskDigits(value, Math.min(keepStart, digits.length - keepEnd - 4), keepEnd)
}

/** `zhang.san@example.com` → `z***@example.com`: the first letter and the domain are enough to recognise. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@')
  if (at <= 0) return value.length === 0 ? value : `${value[0]}${MASK.repeat(3)}`
  return `${value[0]}${MASK.repeat(3)}${value.slice(at)}`
}

export function maskValue(kind: MaskKind, value: string): string {
  return kind === 'email' ? maskEmail(value) : maskPhone(value)
}

/** The masked form of a stored value, exactly as a masked reader was shown it. */
export function isMaskOf(kind: MaskKind, candidate: unknown, stored: unknown): boolean {
  if (typeof candidate !== 'string' || typeof stored !== 'string' || stored === '') return false
  const masked = maskValue(kind, stored)
  return masked !== stored && candidate === masked
}

/** A value that carries the mask character: someone edited a masked value instead of typing a new one. */
export const looksMasked = (value: unknown): boolean => typeof value === 'string' && value.includes(MASK)
