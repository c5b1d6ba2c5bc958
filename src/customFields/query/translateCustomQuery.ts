import { ValidationError, type Where } from 'payload'
import type { Id } from '../../access/types'
import type { Language } from '../../i18n/language'
import type { FieldMapping, FieldSlot } from '../slots/fieldMapping'
import type { Kind } from '../slots/slotColumns'
import { toBoolean, toInstant, toNumber, toText } from '../slots/slotValues'
import { type QueryMessageKey, sayQuery } from './queryMessages'

/** One tenant's mapping; `tenant: null` stands for every tenant the query reaches that is not listed. */
export type TenantMapping = { tenant: Id | null; mapping: FieldMapping }

export type CustomQuery = { where?: Where | null; sort?: string | string[] | null }

const RANGE = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const ON_ANY_SLOT = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', ...RANGE])
/** Pattern operators only make sense on text; on other kinds they keep Payload's JSON-path behaviour. */
const ON_TEXT_SLOT = new Set([...ON_ANY_SLOT, 'like', 'contains'])
const EQUALITY = new Set(['equals', 'not_equals', 'in', 'not_in'])
const PREFIX = 'custom.'
const NEVER: Where = { id: { exists: false } }
const ALWAYS: Where = { id: { exists: true } }

type Problem = { path: string; key: QueryMessageKey; vars: Record<string, unknown> }

class Problems {
  list: Problem[] = []
  add(path: string, key: QueryMessageKey, vars: Record<string, unknown>) {
    if (!this.list.some((p) => p.path === path && p.key === key)) this.list.push({ path, key, vars })
  }
  throwIfAny(language: Language) {
    if (this.list.length === 0) return
    const errors = this.list.map((p) => ({ path: p.path, message: sayQuery(language, p.key, p.vars) }))
    throw new ValidationError({ errors })
  }
}

const splitPath = (path: string) => {
  const [key, ...deeper] = path.slice(PREFIX.length).split('.')
  return { key, deep: deeper.length > 0 }
}

const sortList = (sort: CustomQuery['sort']): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((s) => String(s).trim()).filter(Boolean)

/** Every `custom.<key>` a where clause names, however deeply nested in and/or. */
function wherePaths(where: Where | null | undefined, into: Set<string>) {
  if (!where || typeof where !== 'object') return into
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) for (const w of value) wherePaths(w as Where, into)
    else if (key.startsWith(PREFIX)) into.add(key)
  }
  return into
}

const CONVERTERS: Record<Kind, { convert: (v: unknown) => unknown; error: QueryMessageKey }> = {
  text: { convert: (v) => toText(typeof v === 'boolean' ? String(v) : v), error: 'unknownField' },
  number: { convert: toNumber, error: 'notANumber' },
  date: { convert: toInstant, error: 'notADate' },
  boolean: { convert: toBoolean, error: 'notABoolean' },
}

function operandFor(kind: Kind, operator: string, operand: unknown, path: string, problems: Problems): unknown {
  if (operator === 'exists' || operand === null) return operand
  const { convert, error } = CONVERTERS[kind]
  const one = (v: unknown) => {
    const converted = v instanceof Date && kind === 'date' ? v.toISOString() : convert(v)
    if (converted == null) problems.add(path, error, { value: String(v) })
    return converted
  }
  if (operator === 'in' || operator === 'not_in') {
    const list = Array.isArray(operand) ? operand : typeof operand === 'string' ? operand.split(',') : [operand]
    return list.map(one)
  }
  return one(operand)
}

type Rewrite = { mapping: FieldMapping; unknown: 'refuse' | 'matchNothing' | 'asJson' }

/** One `custom.<key>: { operator: operand, … }` condition as the conditions the adapter can run. */
function rewriteCondition(path: string, operators: Record<string, unknown>, r: Rewrite, problems: Problems): Where[] {
  const { key, deep } = splitPath(path)
  const field: FieldSlot | undefined = r.mapping[key]
  if (!field) {
    // Server code may look up keys no schema declares (numbering's custom.<key>): the JSON path answers equality.
    if (r.unknown === 'asJson' && Object.keys(operators).every((op) => EQUALITY.has(op) || op === 'exists'))
      return [{ [path]: operators } as Where]
    if (r.unknown !== 'matchNothing') problems.add(path, 'unknownField', { key })
    // In a tenant without the field no record has a value: only "does not exist" holds.
    return Object.entries(operators).map(([op, v]) => (op === 'exists' && toBoolean(v) === false ? ALWAYS : NEVER))
  }
  const onSlot: Record<string, unknown> = {}
  const onJson: Record<string, unknown> = {}
  for (const [operator, operand] of Object.entries(operators)) {
    const slotted = !deep && field.slot && field.kind
    const allowed = field.kind === 'text' ? ON_TEXT_SLOT : ON_ANY_SLOT
    if (slotted && allowed.has(operator)) onSlot[operator] = operandFor(field.kind as Kind, operator, operand, path, problems)
    else if (RANGE.has(operator)) problems.add(path, 'noRange', { key: deep ? path.slice(PREFIX.length) : key })
    else if (!deep && field.json && EQUALITY.has(operator))
      // The JSON path compares with the stored JSON type: a number sent as URL text must be a number.
      onJson[operator] = operandFor(field.json, operator, operand, path, problems)
    else onJson[operator] = operand
  }
  const out: Where[] = []
  if (Object.keys(onSlot).length > 0) out.push({ [field.slot as string]: onSlot } as Where)
  if (Object.keys(onJson).length > 0) out.push({ [path]: onJson } as Where)
  return out
}

function rewriteWhere(where: Where, r: Rewrite, problems: Problems): Where {
  const parts: Where[] = []
  const plain: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      const rewritten = value.map((w) => rewriteWhere(w as Where, r, problems))
      if (key in plain) parts.push({ [key]: rewritten })
      else plain[key] = rewritten
    } else if (key.startsWith(PREFIX) && value && typeof value === 'object' && !Array.isArray(value)) {
      parts.push(...rewriteCondition(key, value as Record<string, unknown>, r, problems))
    } else {
      plain[key] = value as Where[string]
    }
  }
  if (parts.length === 0) return plain
  return Object.keys(plain).length === 0 && parts.length === 1
    ? parts[0]
    : { and: [plain, ...parts].filter((w) => Object.keys(w).length > 0) }
}

/**
 * Whether every tenant stores `key` the same way, so one rewrite serves them all: the tenants that
 * have the field agree on its slot (or on having none), and the tenants without it leave that slot
 * empty (their records hold nothing there, so a condition on it behaves as "no value").
 */
function agreedField(key: string, mappings: TenantMapping[]): FieldSlot | null | 'differs' {
  const known = mappings.map((m) => m.mapping[key]).filter((f): f is FieldSlot => f != null)
  if (known.length === 0) return null
  const [first] = known
  if (known.some((f) => f.slot !== first.slot || f.kind !== first.kind)) return 'differs'
  if (first.slot) {
    const slot = first.slot
    const usedElsewhere = mappings.some((m) => !m.mapping[key] && Object.values(m.mapping).some((f) => f.slot === slot))
    if (usedElsewhere) return 'differs'
  }
  return first
}

/**
 * The one translation of `custom.<key>` in `where` and `sort` that every engine building queries uses
 * (REST and the Local API through the collection hook, saved filters, reports, workflow conditions,
 * imports). Mapped keys go to their typed, indexed slot column with the operand converted (numbers from
 * text, dates to UTC instants, booleans); equality-type operators on keys without a slot stay on the
 * JSON path; range operators or sorting on them, and keys no schema has, are refused with a 400 naming
 * `custom.<key>`. When the tenants a query spans store a key differently, `where` becomes one branch
 * per tenant and sorting by that key is refused.
 */
export function translateCustomQuery(
  query: CustomQuery,
  mappings: TenantMapping[],
  language: Language = 'en',
  { unknownKeys = 'refuse' }: { unknownKeys?: 'refuse' | 'asJson' } = {},
): { where?: Where | null; sort?: string | string[] | null } {
  const paths = wherePaths(query.where, new Set())
  const sorts = sortList(query.sort)
  const sortsCustom = sorts.some((s) => s.replace(/^-/, '').startsWith(PREFIX))
  if (paths.size === 0 && !sortsCustom) return query

  const problems = new Problems()
  const keys = new Set(
    [...paths, ...sorts.map((s) => s.replace(/^-/, ''))].filter((p) => p.startsWith(PREFIX)).map((p) => splitPath(p).key),
  )
  const agreed: FieldMapping = Object.create(null)
  const differing = new Set<string>()
  for (const key of keys) {
    const field = agreedField(key, mappings)
    if (field === 'differs') differing.add(key)
    else if (field) agreed[key] = field
  }

  let sort = query.sort
  if (sortsCustom) {
    const rewritten = sorts.map((entry) => {
      const descending = entry.startsWith('-')
      const path = entry.replace(/^-/, '')
      if (!path.startsWith(PREFIX)) return entry
      const { key, deep } = splitPath(path)
      const field = agreed[key]
      if (differing.has(key)) problems.add(path, 'sortAcrossTenants', { key })
      else if (!field) problems.add(path, 'unknownField', { key })
      else if (deep || !field.slot) problems.add(path, 'noRange', { key: deep ? path.slice(PREFIX.length) : key })
      else return `${descending ? '-' : ''}${field.slot}`
      return entry
    })
    sort = Array.isArray(query.sort) ? rewritten : rewritten.join(',')
  }

  let where = query.where
  if (where && paths.size > 0) {
    if (differing.size === 0) {
      where = rewriteWhere(where, { mapping: agreed, unknown: unknownKeys }, problems)
    } else {
      if (unknownKeys === 'refuse')
        for (const key of keys)
          if (!mappings.some((m) => m.mapping[key])) problems.add(`${PREFIX}${key}`, 'unknownField', { key })
      const listed = mappings.filter((m) => m.tenant != null).map((m) => m.tenant as Id)
      where = {
        or: mappings.map(({ tenant, mapping }) => ({
          and: [
            tenant == null ? { tenant: { not_in: listed } } : { tenant: { equals: tenant } },
            rewriteWhere(where as Where, { mapping, unknown: 'matchNothing' }, problems),
          ],
        })),
      }
    }
  }
  problems.throwIfAny(language)
  return { ...query, where, sort }
}
