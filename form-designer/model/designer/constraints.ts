import type { FieldSchema } from '../../../src/customFields/customSchema'
import type { DecimalRule } from '../../../src/customFields/decimalKeyword'
import { type FieldType, LIMITS } from '../../../src/customFields/fieldTypes'
import { Decimal } from '../../../src/money/decimal'
import type { DesignerDoc } from './document'
import { updateField } from './fieldActions'

export type ConstraintName = 'minLength' | 'maxLength' | 'pattern' | 'minimum' | 'maximum' | 'scale' | 'minItems' | 'maxItems'

/**
 * One limit an admin can set on a field of a type: whole numbers within a range, exact decimal text
 * (kept inside `x-decimal`, never a float), or a regular expression. `reset` is what clearing the
 * input leaves, for limits the field always has (a text's length, a rating's stars, decimal places).
 */
export type Constraint =
  | { name: ConstraintName; kind: 'integer'; min: number; max: number; reset?: number }
  | { name: ConstraintName; kind: 'decimal' }
  | { name: ConstraintName; kind: 'pattern' }

export type ConstraintProblem =
  | { problem: 'notAnInteger' }
  | { problem: 'notADecimal' }
  | { problem: 'outOfRange'; min: number; max: number }
  | { problem: 'badPattern'; reason: string }

const WHOLE = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }
const lengths = (limit: number): Constraint[] => [
  { name: 'minLength', kind: 'integer', min: 0, max: limit },
  { name: 'maxLength', kind: 'integer', min: 1, max: limit, reset: limit },
]
const decimals: Constraint[] = [
  { name: 'scale', kind: 'integer', min: 0, max: 10, reset: 2 },
  { name: 'minimum', kind: 'decimal' },
  { name: 'maximum', kind: 'decimal' },
]

/** Per type, the limits the designer offers (those the engine's TYPE_RULES allow and ajv enforces). */
export const CONSTRAINTS: Partial<Record<FieldType, Constraint[]>> = {
  text: [...lengths(LIMITS.textLength), { name: 'pattern', kind: 'pattern' }],
  longText: lengths(LIMITS.longTextLength),
  integer: [
    { name: 'minimum', kind: 'integer', ...WHOLE },
    { name: 'maximum', kind: 'integer', ...WHOLE },
  ],
  // The renderer draws one star per point: a handful, never a thousand.
  rating: [
    { name: 'minimum', kind: 'integer', min: 0, max: 10, reset: 1 },
    { name: 'maximum', kind: 'integer', min: 1, max: 10, reset: 5 },
  ],
  decimal: decimals,
  currency: decimals,
  percent: decimals,
  multiSelect: [
    { name: 'minItems', kind: 'integer', min: 0, max: 1000 },
    { name: 'maxItems', kind: 'integer', min: 1, max: 1000 },
  ],
}

export const constraintsOf = (type: FieldType): Constraint[] => CONSTRAINTS[type] ?? []

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/
const inDecimal = (type: FieldType) => type === 'decimal' || type === 'currency' || type === 'percent'

/** Why a text cannot be a constraint's value (the admin is still typing, or typed something wrong), or null. */
export function constraintProblem(constraint: Constraint, text: string): ConstraintProblem | null {
  if (text.trim() === '') return null
  if (constraint.kind === 'pattern') {
    try {
      new RegExp(text, 'u') // as ajv compiles it: with the unicode flag
      return null
    } catch (error) {
      // The engine's own words, without the pattern it repeats ("Invalid regular expression: /…/u: ").
      return { problem: 'badPattern', reason: (error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '') }
    }
  }
  if (constraint.kind === 'decimal') return DECIMAL_TEXT.test(text.trim()) ? null : { problem: 'notADecimal' }
  if (!/^-?\d+$/.test(text.trim())) return { problem: 'notAnInteger' }
  const n = Number(text)
  return n >= constraint.min && n <= constraint.max ? null : { problem: 'outOfRange', min: constraint.min, max: constraint.max }
}

/** The value a text stands for (undefined: cleared), once `constraintProblem` has nothing against it. */
export function constraintValue(constraint: Constraint, text: string): number | string | undefined {
  if (text.trim() === '') return undefined
  return constraint.kind === 'integer' ? Number(text) : constraint.kind === 'decimal' ? text.trim() : text
}

/** What a field holds for a constraint, as the input shows it ('' when unset). */
export function constraintText(field: FieldSchema, name: ConstraintName): string {
  const holder = inDecimal(field['x-type']) ? ((field['x-decimal'] ?? {}) as Record<string, unknown>) : field
  const value = holder[name]
  return value === undefined || value === null ? '' : String(value)
}

/**
 * Sets or clears one limit of a custom field. A limit its type does not take, or a value that is not
 * valid for it (out of range, not a decimal, a pattern that does not compile), changes nothing — the
 * panel shows why with `constraintProblem`. Decimal limits live in `x-decimal` as exact text.
 */
export function setConstraint(
  doc: DesignerDoc,
  key: string,
  name: ConstraintName,
  value: number | string | undefined,
): DesignerDoc {
  const field = doc.schema.properties[key]
  const constraint = field && constraintsOf(field['x-type']).find((c) => c.name === name)
  if (!field || !constraint) return doc
  if (value !== undefined && (typeof value === 'number') !== (constraint.kind === 'integer')) return doc
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return doc
  if (value !== undefined && constraintProblem(constraint, String(value))) return doc
  const next = value ?? (constraint.kind === 'integer' ? constraint.reset : undefined)
  if (inDecimal(field['x-type'])) {
    const rule = { ...(field['x-decimal'] as DecimalRule | undefined), scale: (field['x-decimal'] as DecimalRule)?.scale ?? 2 }
    const updated: Record<string, unknown> = { ...rule, [name]: next }
    if (next === undefined) delete updated[name]
    return updateField(doc, key, { 'x-decimal': updated })
  }
  return updateField(doc, key, { [name]: next })
}

type Conflict = { names: [ConstraintName, ConstraintName] }
const PAIRS: [ConstraintName, ConstraintName][] = [
  ['minLength', 'maxLength'],
  ['minimum', 'maximum'],
  ['minItems', 'maxItems'],
]

/** Limits that contradict each other (a minimum above its maximum): no value could ever be saved. */
export function constraintConflicts(field: FieldSchema): Conflict[] {
  const conflicts: Conflict[] = []
  for (const [low, high] of PAIRS) {
    const [a, b] = [constraintText(field, low), constraintText(field, high)]
    if (a !== '' && b !== '' && DECIMAL_TEXT.test(a) && DECIMAL_TEXT.test(b) && new Decimal(a).greaterThan(b))
      conflicts.push({ names: [low, high] })
  }
  return conflicts
}
