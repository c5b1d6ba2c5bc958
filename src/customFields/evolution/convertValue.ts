import Decimal from 'decimal.js'
import type { CustomSchema, FieldSchema } from '../customSchema'
import type { FieldType } from '../fieldTypes'
import { validateValues } from '../validateValues'

export type Conversion = { ok: true; value: unknown; changed: boolean } | { ok: false; reason: string }

const TEXTUAL = new Set<FieldType>(['text', 'longText', 'email', 'phone', 'url'])
const DECIMAL = new Set<FieldType>(['decimal', 'currency', 'percent'])
const YES = new Set(['true', 'yes', 'y', '1', '是', '对', '有'])
const NO = new Set(['false', 'no', 'n', '0', '否', '不', '无'])

const fail = (reason: string): Conversion => ({ ok: false, reason })

/** Digits as people write them: thousands separators, currency signs and spaces are not part of the number. */
const plainNumber = (text: string) => text.replace(/[,，\s¥￥$€]/g, '').replace(/%$/, '')

function toDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text)
  const slashed = /^(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?$/.exec(text)
  const parts = iso ?? slashed
  if (!parts) return null
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

function optionValue(field: FieldSchema, text: string): string | null {
  const wanted = text.trim()
  for (const option of field['x-options'] ?? [])
    if (option.value === wanted || option.label.zh === wanted || option.label.en?.toLowerCase() === wanted.toLowerCase())
      return option.value
  return field['x-options'] ? null : wanted // dictionary options are checked by the write path
}

/** The value in the new type, before the new field's constraints are checked. */
function reshape(value: unknown, from: FieldType, to: FieldType, field: FieldSchema): Conversion {
  if (from === to && to !== 'select' && to !== 'multiSelect') return { ok: true, value, changed: false }
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null
  if (TEXTUAL.has(to)) {
    if (text == null) return fail(`cannot become ${to}`)
    return { ok: true, value: text, changed: text !== value }
  }
  if (to === 'integer' || to === 'rating') {
    if (text == null) return fail('not a number')
    const plain = plainNumber(text)
    if (!/^-?\d+(\.0+)?$/.test(plain)) return fail('not a whole number')
    const n = Number(plain.replace(/\.0+$/, ''))
    if (!Number.isSafeInteger(n)) return fail('too large')
    return { ok: true, value: n, changed: n !== value }
  }
  if (DECIMAL.has(to)) {
    if (text == null) return fail('not a number')
    let d: Decimal
    try {
      d = new Decimal(plainNumber(text))
    } catch {
      return fail('not a number')
    }
    if (!d.isFinite()) return fail('not a number')
    const result = d.toFixed()
    return { ok: true, value: result, changed: result !== value }
  }
  if (to === 'date') {
    const date = toDate(text)
    return date ? { ok: true, value: date, changed: date !== value } : fail('not a date')
  }
  if (to === 'dateTime') {
    if (from === 'date' && toDate(text)) return { ok: true, value: `${toDate(text)}T00:00:00Z`, changed: true }
    return text != null && !Number.isNaN(Date.parse(text)) && /[zZ]|[+-]\d\d:?\d\d$/.test(text)
      ? { ok: true, value: text, changed: false }
      : fail('not a date and time with a zone')
  }
  if (to === 'boolean') {
    if (typeof value === 'boolean') return { ok: true, value, changed: false }
    const word = text?.trim().toLowerCase() ?? ''
    if (YES.has(word)) return { ok: true, value: true, changed: true }
    if (NO.has(word)) return { ok: true, value: false, changed: true }
    return fail('not yes or no')
  }
  if (to === 'select') {
    const single = Array.isArray(value) ? (value.length <= 1 ? value[0] : undefined) : text
    if (Array.isArray(value) && value.length > 1) return fail('more than one option chosen')
    if (single == null) return { ok: true, value: null, changed: value != null }
    const option = optionValue(field, String(single))
    return option == null ? fail('not one of the options') : { ok: true, value: option, changed: option !== value }
  }
  if (to === 'multiSelect') {
    const list = Array.isArray(value) ? value : text != null ? text.split(/[,，;；、]/).filter((s) => s.trim()) : []
    const options = list.map((v) => optionValue({ ...field, 'x-options': field['x-options'] }, String(v)))
    if (options.some((o) => o == null)) return fail('not one of the options')
    const result = [...new Set(options as string[])]
    return { ok: true, value: result, changed: JSON.stringify(result) !== JSON.stringify(value) }
  }
  return fail(`a ${from} value cannot become ${to}`)
}

/** A one-field schema per definition, kept with it, so its validator is compiled once, not per record. */
const probes = new WeakMap<FieldSchema, CustomSchema>()
function probeFor(field: FieldSchema): CustomSchema {
  let probe = probes.get(field)
  if (!probe) {
    probe = { type: 'object', properties: { v: field }, additionalProperties: false }
    probes.set(field, probe)
  }
  return probe
}

/**
 * One stored value under a field's new definition: converted when it can be (text "1,200" → integer
 * 1200, "2026/11/27" → date, 是 → true, an option's label → its value), then checked against the new
 * field's constraints exactly as a write would be. A value that cannot be kept says why.
 */
export function convertValue(value: unknown, before: FieldSchema | undefined, after: FieldSchema): Conversion {
  if (value == null) return { ok: true, value, changed: false }
  const from = (before?.['x-type'] ?? after['x-type']) as FieldType
  const to = after['x-type'] as FieldType
  const shaped = reshape(value, from, to, after)
  if (!shaped.ok) return shaped
  const errors = validateValues(probeFor(after), { v: shaped.value }, 'en')
  return errors.length > 0 ? fail(errors[0].message.replace(/^custom\.v:?\s*/, '')) : shaped
}
