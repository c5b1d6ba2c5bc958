import type { SlotMap } from './assignSlots'
import type { Kind } from './slotColumns'
import { ALL_SLOTS } from './slotColumns'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A date (`2026-11-28`, midnight UTC) or a date-time with an offset, as the UTC instant it names. */
export function toInstant(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const text = value instanceof Date ? value.toISOString() : value.trim()
  const date = new Date(DAY.test(text) ? `${text}T00:00:00.000Z` : text)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/**
 * A number as the slot stores it: an IEEE double on both adapters (Payload's number column), so
 * decimals order exactly up to 15 significant digits ("12345678901.25" is exact; beyond 15 digits
 * neighbouring values may tie). Decimal strings are the values' text in `custom`, which stays exact.
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string' || !/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)) return null
  return Number(value)
}

export function toBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return null
}

/** Text as the slot stores it: NFC, so the same word typed on different keyboards compares equal. */
export function toText(value: unknown): string | null {
  if (typeof value === 'string') return value.normalize('NFC')
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return null
}

export const CONVERT: Record<Kind, (value: unknown) => unknown> = {
  text: toText,
  number: toNumber,
  date: toInstant,
  boolean: toBoolean,
}

/**
 * The value of every slot column for a record's custom values: mapped keys mirrored, all other slots
 * cleared (so a slot handed to another key never keeps the old key's values).
 */
export function slotValuesFor(custom: unknown, slots: SlotMap, kinds: Record<string, Kind>): Record<string, unknown> {
  const values = custom && typeof custom === 'object' && !Array.isArray(custom) ? (custom as Record<string, unknown>) : {}
  const out: Record<string, unknown> = Object.fromEntries(ALL_SLOTS.map((slot) => [slot, null]))
  for (const [key, slot] of Object.entries(slots)) {
    const kind = kinds[key]
    const value = Object.hasOwn(values, key) ? values[key] : undefined
    if (kind && value != null) out[slot] = CONVERT[kind](value)
  }
  return out
}
