import {
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  ValidationError,
  type Where,
} from 'payload'
import { minorUnitsName } from '../fields/money'
import { message, toLanguage } from '../i18n'
import { toMinorUnits } from './decimal'
import { parseAmount } from './parseAmount'

/** Top-level money fields of a collection (those made by moneyField). */
export function moneyFieldNames(fields: Field[]): string[] {
  return fields.flatMap((f) => {
    if (f.type === 'row' || f.type === 'collapsible') return moneyFieldNames(f.fields)
    return 'name' in f && f.custom?.money ? [f.name] : []
  })
}

/** Normalise money to two places and mirror it in cents; a malformed amount is refused, field named. */
const syncMoney =
  (names: string[]): CollectionBeforeChangeHook =>
  ({ collection, data, req }) => {
    const errors: { path: string; message: string }[] = []
    for (const name of names) {
      if (!(name in data)) continue
      const value = data[name]
      if (value === null || value === undefined || value === '') {
        data[name] = null
        data[minorUnitsName(name)] = null
        continue
      }
      const parsed = parseAmount(value, { maxDecimals: 2, allowNegative: true })
      if (!parsed.ok) {
        errors.push({ path: name, message: message(toLanguage(req.i18n?.language), 'moneyInvalid') })
        continue
      }
      data[name] = parsed.value.toFixed(2)
      data[minorUnitsName(name)] = toMinorUnits(data[name])
    }
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
    return data
  }

/** `where` and `sort` on an amount go to its cents column: numeric, exact and indexed. */
function rewriteWhere(where: Where, names: Set<string>): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      out[key] = value.map((w) => rewriteWhere(w as Where, names))
    } else if (names.has(key) && value && typeof value === 'object') {
      const operators: Record<string, unknown> = {}
      for (const [op, operand] of Object.entries(value)) {
        const toCents = (v: unknown) => {
          const parsed = parseAmount(v, { maxDecimals: 2, allowNegative: true })
          return parsed.ok ? toMinorUnits(parsed.value.toFixed(2)) : v
        }
        operators[op] = Array.isArray(operand) ? operand.map(toCents) : op === 'exists' ? operand : toCents(operand)
      }
      out[minorUnitsName(key)] = operators as Where[string]
    } else {
      out[key] = value as Where[string]
    }
  }
  return out
}

const rewriteSort = (sort: unknown, names: Set<string>) => {
  const one = (s: string) => {
    const bare = s.replace(/^-/, '')
    return names.has(bare) ? `${s.startsWith('-') ? '-' : ''}${minorUnitsName(bare)}` : s
  }
  if (typeof sort === 'string') return sort.split(',').map(one).join(',')
  if (Array.isArray(sort)) return sort.map((s) => (typeof s === 'string' ? one(s) : s))
  return sort
}

const moneyQueries =
  (names: string[]): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (!['read', 'count', 'update', 'delete'].includes(operation)) return args
    const set = new Set(names)
    const query = args as { where?: Where; sort?: unknown }
    if (query.where) query.where = rewriteWhere(query.where, set)
    if (query.sort) query.sort = rewriteSort(query.sort, set)
    return args
  }

/** The cents columns are storage, not API: readers see only the decimal strings. */
const hideMinorUnits =
  (names: string[]): CollectionAfterReadHook =>
  ({ doc }) => {
    for (const name of names) delete doc[minorUnitsName(name)]
    return doc
  }

/** Wire money handling into a collection that has money fields. */
export function withMoney(config: CollectionConfig): CollectionConfig {
  const names = moneyFieldNames(config.fields)
  if (names.length === 0) return config
  return {
    ...config,
    hooks: {
      ...config.hooks,
      beforeOperation: [moneyQueries(names), ...(config.hooks?.beforeOperation ?? [])],
      // First: amounts are normalised before any other hook reads them or the version check claims the row.
      beforeChange: [syncMoney(names), ...(config.hooks?.beforeChange ?? [])],
      afterRead: [...(config.hooks?.afterRead ?? []), hideMinorUnits(names)],
    },
  }
}
