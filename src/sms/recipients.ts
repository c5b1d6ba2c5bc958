import type { Where } from 'payload'

/** The records a batch may go to, with the field that holds the number for each channel. */
export const SMS_ENTITIES = [
  { value: 'contacts', en: 'Contacts', zh: '联系人', sms: ['mobile'], fax: ['fax', 'phone'], consent: true },
  { value: 'leads', en: 'Leads', zh: '线索', sms: ['mobile'], fax: ['fax', 'phone'], consent: true },
  // A company has no personal consent to record: its switchboard number is the only one it has.
  { value: 'accounts', en: 'Accounts', zh: '客户', sms: ['phone'], fax: ['fax', 'phone'], consent: false },
] as const

export type SmsEntity = (typeof SMS_ENTITIES)[number]['value']

export const smsEntity = (value: unknown) => SMS_ENTITIES.find((e) => e.value === value)

type ViewFilter = { field: string; operator: string; value?: unknown }

/**
 * A saved view's filters as a `where`, the way its list applies them (all of them, AND). Access is not
 * here: the caller finds with the sender's own access, which adds their scope and hides their fields.
 */
export function savedViewWhere(view: { filters?: ViewFilter[] | null } | null | undefined): Where {
  const filters = (view?.filters ?? []).filter((f) => f && typeof f.field === 'string' && typeof f.operator === 'string')
  return { and: filters.map((f) => ({ [f.field]: { [f.operator]: f.operator === 'exists' ? (f.value ?? true) : f.value } })) }
}

/** A phone number as a gateway takes it: digits and a leading +; anything shorter than 5 digits is none. */
export function normaliseNumber(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const trimmed = raw.trim()
  const digits = trimmed.replace(/[^\d]/g, '')
  if (digits.length < 5) return null
  return trimmed.startsWith('+') ? `+${digits}` : digits
}

/** The number a record is reached at on a channel, or null. */
export function numberOf(record: Record<string, unknown>, entity: SmsEntity, channel: 'sms' | 'fax'): string | null {
  const spec = smsEntity(entity)
  for (const field of spec?.[channel] ?? []) {
    const number = normaliseNumber(record[field])
    if (number) return number
  }
  return null
}

/** Whether the person agreed to be contacted on this channel (fax counts as phone). */
export function consentsTo(record: Record<string, unknown>, entity: SmsEntity, channel: 'sms' | 'fax'): boolean {
  if (!smsEntity(entity)?.consent) return true
  const consent = record.consent as Record<string, { allowed?: boolean | null } | undefined> | undefined
  return Boolean(consent?.[channel === 'fax' ? 'phone' : 'sms']?.allowed)
}
