import { missingRequired } from '../../form-designer/model/form'
import type { Language } from '../i18n/language'
import { say } from './messages'
import { publicFormTabs } from './publicFormTabs'
import type { PublicFormDefinition } from './types'

export type FieldError = { path: string; message: string }
type Values = Record<string, unknown>

const isObject = (value: unknown): value is Values => value != null && typeof value === 'object' && !Array.isArray(value)
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)
/** What a base field on a public form can hold: a text, number or yes/no (a list of texts where it takes several). */
const isPlainValue = (value: unknown, hasMany: boolean) =>
  isScalar(value) || (hasMany && Array.isArray(value) && value.every((v) => typeof v === 'string'))

/** The most a submission may weigh: a form of text fields, not a way to store files. */
export const MAX_SUBMISSION_BYTES = 64 * 1024

/**
 * A visitor's submission `{ values: { <field>: …, custom: { … } }, <honeypot>: '' }`, checked against the
 * form before anything is written. A field the form does not show, inside the values or beside them, is
 * refused and named in the error (`tenant`, `owner`, `custom.secret`): the page never sends one,
 * so it is a tampered or outdated request, and saying so beats storing part of it silently. Values of
 * fields the rules hide are dropped (the visitor could not see them); required fields left empty are
 * reported by field, as the page reports them.
 */
export function readSubmission(
  definition: PublicFormDefinition,
  body: unknown,
  language: Language,
): { values: Values; errors: FieldError[] } {
  const sent = isObject(body) ? body.values : undefined
  if (!isObject(sent)) return { values: {}, errors: [{ path: 'values', message: say(language, 'notAnObject') }] }
  if (new TextEncoder().encode(JSON.stringify(body)).length > MAX_SUBMISSION_BYTES)
    return {
      values: {},
      errors: [{ path: 'values', message: say(language, 'tooLarge', { limit: MAX_SUBMISSION_BYTES / 1024 }) }],
    }
  const base = new Map(definition.baseFields.map((f) => [f.name, f]))
  const errors: FieldError[] = []
  // The envelope holds the values and the honeypot; a `tenant` or `owner` beside them is refused too.
  for (const key of Object.keys(body as Values))
    if (key !== 'values' && key !== definition.honeypot)
      errors.push({ path: key, message: say(language, 'notOnForm', { field: key }) })
  const values: Values = {}
  for (const [key, value] of Object.entries(sent)) {
    if (key === 'custom') continue
    if (!base.has(key)) errors.push({ path: key, message: say(language, 'notOnForm', { field: key }) })
    else if (!isPlainValue(value, base.get(key)?.hasMany === true))
      errors.push({ path: key, message: say(language, 'notAValue') })
    else values[key] = value
  }
  if (sent.custom !== undefined) {
    if (!isObject(sent.custom)) errors.push({ path: 'custom', message: say(language, 'notAnObject') })
    else {
      const custom: Values = {}
      for (const [key, value] of Object.entries(sent.custom)) {
        if (Object.hasOwn(definition.schema.properties, key)) custom[key] = value
        else errors.push({ path: `custom.${key}`, message: say(language, 'notOnForm', { field: `custom.${key}` }) })
      }
      values.custom = custom
    }
  }
  if (errors.length > 0) return { values: {}, errors }
  values.custom ??= {}
  const tabs = publicFormTabs(definition, values, language)
  // What the visitor could see and change: values of hidden or read-only fields are not theirs to send.
  const visible = new Set(
    tabs.flatMap((t) =>
      t.sections.filter((s) => s.visible).flatMap((s) => s.fields.filter((f) => f.visible && !f.readOnly).map((f) => f.field)),
    ),
  )
  const kept: Values = { custom: {} }
  for (const [key, value] of Object.entries(values))
    if (key !== 'custom' && visible.has(key) && value !== null && value !== '') kept[key] = value
  for (const [key, value] of Object.entries(values.custom as Values))
    if (visible.has(`custom.${key}`) && value !== null) (kept.custom as Values)[key] = value
  const missing = missingRequired(tabs, kept)
  return { values: kept, errors: missing.map((path) => ({ path, message: say(language, 'required') })) }
}
