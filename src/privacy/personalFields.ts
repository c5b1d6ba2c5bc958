import type { MaskKind } from './mask'

/**
 * What each kind of personal field is: `name` identifies the person, `phone`/`email` are contact
 * channels (masked for roles that must not see them), `text`/`date`/`group` are other personal
 * details, `consent` is the consent group (withdrawn on erasure, never cleared).
 */
export type PersonalFieldKind = 'name' | 'phone' | 'email' | 'text' | 'date' | 'group' | 'consent'

export type PersonalField = { field: string; kind: PersonalFieldKind }

/** Collections whose records are people: export and erasure start from these. */
export const PERSON_COLLECTIONS = ['contacts', 'leads'] as const
export type PersonCollection = (typeof PERSON_COLLECTIONS)[number]

/**
 * The one list export, erasure and masking read. Accounts are companies, so only their contact
 * channels are masked; an account that is really one person (see `isPersonalAccount`) is erased
 * with the person, on the fields listed here.
 */
export const PERSONAL_FIELDS: Record<'contacts' | 'leads' | 'accounts', PersonalField[]> = {
  contacts: [
    { field: 'name', kind: 'name' },
    { field: 'title', kind: 'text' },
    { field: 'assistant', kind: 'text' },
    { field: 'mobile', kind: 'phone' },
    { field: 'phone', kind: 'phone' },
    { field: 'email', kind: 'email' },
    { field: 'birthday', kind: 'date' },
    { field: 'consent', kind: 'consent' },
  ],
  leads: [
    { field: 'name', kind: 'name' },
    { field: 'title', kind: 'text' },
    { field: 'mobile', kind: 'phone' },
    { field: 'phone', kind: 'phone' },
    { field: 'email', kind: 'email' },
    { field: 'description', kind: 'text' },
    { field: 'consent', kind: 'consent' },
  ],
  accounts: [
    { field: 'name', kind: 'name' },
    { field: 'phone', kind: 'phone' },
    { field: 'email', kind: 'email' },
    { field: 'website', kind: 'text' },
    { field: 'address', kind: 'group' },
    { field: 'bankAccount', kind: 'text' },
    { field: 'taxNumber', kind: 'text' },
  ],
}

export type PersonalDataCollection = keyof typeof PERSONAL_FIELDS

export const isPersonCollection = (slug: string): slug is PersonCollection =>
  (PERSON_COLLECTIONS as readonly string[]).includes(slug)

export const personalFieldsOf = (slug: string): PersonalField[] =>
  (PERSONAL_FIELDS as Record<string, PersonalField[] | undefined>)[slug] ?? []

/** The fields of a collection shown masked, and how. */
export function maskedFieldsOf(slug: string): { field: string; kind: MaskKind }[] {
  return personalFieldsOf(slug).flatMap((f) =>
    f.kind === 'phone' || f.kind === 'email' ? [{ field: f.field, kind: f.kind }] : [],
  )
}

/** The values that identify a person wherever they were copied: name, numbers, email address. */
export function identifyingValues(slug: string, record: Record<string, unknown>): string[] {
  return personalFieldsOf(slug)
    .filter((f) => f.kind === 'name' || f.kind === 'phone' || f.kind === 'email')
    .map((f) => record[f.field])
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
}
