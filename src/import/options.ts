import type { Id } from '../access/types'
import { DATE_ORDERS, type DateOrder } from './convert/parseDate'
import type { Mapping } from './map/suggestMapping'

export const DUPLICATE_RULES = ['skip', 'update', 'create'] as const
export type DuplicateRule = (typeof DUPLICATE_RULES)[number]
export const LOOKUP_BY = ['id', 'code', 'name', 'email', 'phone'] as const
export type LookupBy = (typeof LOOKUP_BY)[number]

/** How one lookup column names its records, and the file's spellings the user pinned to a record. */
export type LookupChoice = { by: LookupBy; aliases?: Record<string, Id> }

export type ImportOptions = {
  duplicateRule: DuplicateRule
  dateOrder: DateOrder
  /** Per mapped lookup field path. Unset: by name. */
  lookups: Record<string, LookupChoice>
}

export type ImportSettings = { collection: string; mapping: Mapping; options: ImportOptions }

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback

/** Options from a request body or a stored import, unknown values replaced by the defaults. */
export function readOptions(raw: unknown): ImportOptions {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const lookups: Record<string, LookupChoice> = {}
  for (const [path, choice] of Object.entries((o.lookups as Record<string, unknown>) ?? {})) {
    const c = (choice ?? {}) as { by?: unknown; aliases?: unknown }
    const aliases = c.aliases && typeof c.aliases === 'object' ? (c.aliases as Record<string, Id>) : undefined
    lookups[path] = { by: pick(LOOKUP_BY, c.by, 'name'), ...(aliases ? { aliases } : {}) }
  }
  return {
    duplicateRule: pick(DUPLICATE_RULES, o.duplicateRule, 'skip'),
    dateOrder: pick(DATE_ORDERS as readonly DateOrder[], o.dateOrder, 'ymd'),
    lookups,
  }
}
