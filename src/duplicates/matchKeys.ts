import { idOf } from '../access/types'
import { type Label, label } from '../i18n/label'
import { companyNameKey, emailKey, personNameKey, phoneKey, taxNumberKey } from './normalize'

export const DUPLICATE_COLLECTIONS = ['accounts', 'contacts', 'leads'] as const
export type DuplicateCollection = (typeof DUPLICATE_COLLECTIONS)[number]

export const isDuplicateCollection = (slug: string): slug is DuplicateCollection =>
  (DUPLICATE_COLLECTIONS as readonly string[]).includes(slug)

type Doc = Record<string, unknown>

export type MatchKey = {
  key: string
  /** The hidden, indexed column holding the normalized value. */
  column: string
  label: Label
  /** The record's fields the key is made of (so the admin warns as soon as one of them is typed). */
  fields: string[]
  compute: (doc: Doc) => string | null
}

/** A name alone is too weak for people (two 王伟 are rarely one person): it counts within one company. */
const within = (scope: string | null, name: string | null) => (name ? `${scope ?? '-'}/${name}` : null)

export const MATCH_KEYS: Record<DuplicateCollection, MatchKey[]> = {
  accounts: [
    {
      key: 'name',
      column: 'dupKeyName',
      label: label('Name', '名称'),
      fields: ['name'],
      compute: (d) => companyNameKey(d.name),
    },
    { key: 'phone', column: 'dupKeyPhone', label: label('Phone', '电话'), fields: ['phone'], compute: (d) => phoneKey(d.phone) },
    { key: 'email', column: 'dupKeyEmail', label: label('Email', '邮箱'), fields: ['email'], compute: (d) => emailKey(d.email) },
    {
      key: 'taxNumber',
      column: 'dupKeyTaxNumber',
      label: label('Tax number', '税号'),
      fields: ['taxNumber'],
      compute: (d) => taxNumberKey(d.taxNumber),
    },
  ],
  contacts: [
    {
      key: 'name',
      column: 'dupKeyName',
      label: label('Name at the same account', '同一客户下的姓名'),
      fields: ['name', 'account'],
      compute: (d) => within(idOf(d.account) == null ? null : String(idOf(d.account)), personNameKey(d.name)),
    },
    // The mobile, not the desk phone: colleagues share a switchboard number.
    {
      key: 'phone',
      column: 'dupKeyPhone',
      label: label('Mobile', '手机'),
      fields: ['mobile'],
      compute: (d) => phoneKey(d.mobile),
    },
    { key: 'email', column: 'dupKeyEmail', label: label('Email', '邮箱'), fields: ['email'], compute: (d) => emailKey(d.email) },
  ],
  leads: [
    {
      key: 'name',
      column: 'dupKeyName',
      label: label('Name at the same company', '同一公司下的姓名'),
      fields: ['name', 'company'],
      compute: (d) => within(companyNameKey(d.company), personNameKey(d.name)),
    },
    {
      key: 'phone',
      column: 'dupKeyPhone',
      label: label('Mobile or phone', '手机或电话'),
      fields: ['mobile', 'phone'],
      compute: (d) => phoneKey(d.mobile) ?? phoneKey(d.phone),
    },
    { key: 'email', column: 'dupKeyEmail', label: label('Email', '邮箱'), fields: ['email'], compute: (d) => emailKey(d.email) },
  ],
}

export const matchKeysOf = (collection: DuplicateCollection) => MATCH_KEYS[collection]

/** Every match-key column of a collection (what the API never shows). */
export const matchColumns = (collection: DuplicateCollection) => MATCH_KEYS[collection].map((k) => k.column)

/** The keys of a record (or a draft), by key name; keys without a value are left out. */
export function computeKeys(collection: DuplicateCollection, doc: Doc): Record<string, string> {
  const keys: Record<string, string> = {}
  for (const key of MATCH_KEYS[collection]) {
    const value = key.compute(doc)
    if (value) keys[key.key] = value
  }
  return keys
}
