import type { BaseFieldInput } from '../../form-designer/model/form'
import type { Id } from '../access/types'
import type { CustomSchema } from '../customFields/customSchema'
import type { Labels, Layout } from '../customFields/layout/types'
import type { Language } from '../i18n/language'
import type { FieldRow } from './formFields'

/** A public form as stored (the parts the engine reads). */
export type PublicFormDoc = {
  id: Id
  tenant: unknown
  slug: string
  active?: boolean | null
  entity: string
  titleZh: string
  titleEn: string
  introZh?: string | null
  introEn?: string | null
  columns?: string | null
  fields?: FieldRow[] | null
  fixedValues?: { field?: string | null; value?: string | null }[] | null
  recordOwner?: unknown
  recordDepartment?: unknown
  thankYouZh: string
  thankYouEn: string
  redirectUrl?: string | null
  rateLimit?: number | null
}

export type DictionaryOptions = Record<string, { value: string; label: Labels }[]>

/**
 * Everything the public page needs to draw a form, and nothing more: no ids, no fixed values except
 * those its rules read, no owner, no fields the form does not show. Sent to anonymous visitors.
 */
export type PublicFormDefinition = {
  tenant: { slug: string; name: string; language: Language }
  form: { slug: string; title: Labels; intro: Labels }
  /** The custom fields the form shows (their schema, rules and labels), and which of them are required. */
  schema: CustomSchema
  /** One section, in the order the admin chose. */
  layout: Layout
  /** The shown base fields, with their static default (a request's type starts as "inquiry"). */
  baseFields: (BaseFieldInput & { defaultValue?: unknown })[]
  /** Options of the dictionaries the shown fields use, in both languages. */
  dictionaries: DictionaryOptions
  /** Fixed values the shown fields' rules read, so the page decides visibility as the server will. */
  ruleValues: Record<string, unknown>
  /** Name of the hidden field only bots fill. */
  honeypot: string
}

/** A form resolved for a submission: its definition plus what only the server knows. */
export type ResolvedPublicForm = {
  id: Id
  tenantId: Id
  entity: string
  rateLimit: number
  redirectUrl: string | null
  thankYou: Labels
  definition: PublicFormDefinition
  /** Values written on every submission (base fields and `custom`), as the fields store them. */
  fixed: Record<string, unknown>
  owner: Id | null
  department: Id | null
}
