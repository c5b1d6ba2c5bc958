import type { Id } from '../../access/types'
import { validateValues } from '../../customFields/validateValues'
import { recordsSharingAKey } from '../../duplicates/findMatches'
import { computeKeys, isDuplicateCollection, matchKeysOf } from '../../duplicates/matchKeys'
import type { Label } from '../../i18n/label'
import { convertCell } from '../convert/convertCell'
import { resolveLookup } from '../convert/resolveLookup'
import { importMessage } from '../messages'
import type { LookupBy } from '../options'
import type { PlanContext } from './planContext'

export type RowPlan =
  | { action: 'create'; data: Record<string, unknown>; reason?: string }
  | { action: 'update'; id: Id | null; data: Record<string, unknown>; reason: string }
  | { action: 'skip'; reason: string }
  | { action: 'reject'; reason: string }

const BY_LABELS: Record<LookupBy, Label> = {
  id: { en: 'id', zh: 'ID' },
  code: { en: 'code', zh: '编码' },
  name: { en: 'name', zh: '名称' },
  email: { en: 'email', zh: '邮箱' },
  phone: { en: 'phone', zh: '电话' },
}

const fieldName = (ctx: PlanContext, path: string) => {
  const field = ctx.fields.find((f) => f.path === path)
  return field ? field.label[ctx.language] : path
}

/** The row's values as the record's data, or the reasons it cannot be one. */
async function rowData(ctx: PlanContext, cells: string[]) {
  const data: Record<string, unknown> = {}
  const custom: Record<string, unknown> = {}
  const problems: string[] = []
  for (const { index, field } of ctx.columns) {
    const text = cells[index] ?? ''
    if (text === '') continue
    const name = field.label[ctx.language]
    const converted = await convertCell(ctx.req, ctx.tenant, field, text, ctx.options.dateOrder)
    if ('problem' in converted) {
      const order = ctx.options.dateOrder.toUpperCase().split('').join('-')
      problems.push(importMessage(ctx.language, converted.problem, { field: name, value: text, order }))
      continue
    }
    let value = converted.value
    if (field.kind === 'lookup' && field.relationTo) {
      const choice = ctx.options.lookups[field.path] ?? { by: 'name' as const }
      const found = await resolveLookup(ctx.req, ctx.tenant, field.relationTo, choice, text, ctx.lookupCache)
      if ('problem' in found) {
        const by = BY_LABELS[choice.by][ctx.language]
        problems.push(importMessage(ctx.language, found.problem, { field: name, by, value: text, count: found.count }))
        continue
      }
      value = found.id
    }
    if (field.path.startsWith('custom.')) custom[field.path.slice(7)] = value
    else data[field.path] = value
  }
  if (Object.keys(custom).length > 0) data.custom = custom
  return { data, custom, problems }
}

/** Records of the tenant (and rows planned earlier in a dry run) that share an active duplicate key with the data. */
async function findDuplicate(ctx: PlanContext, data: Record<string, unknown>) {
  const collection = ctx.collection
  if (!isDuplicateCollection(collection) || ctx.duplicateKeys.length === 0) return null
  const keys = computeKeys(collection, data)
  const labelOf = (key: string) => matchKeysOf(collection).find((k) => k.key === key)?.label[ctx.language] ?? key
  const active = ctx.duplicateKeys.filter((k) => keys[k])
  if (active.length === 0) return null
  if (ctx.plannedKeys) {
    for (const key of active) {
      const row = ctx.plannedKeys.get(`${key}:${keys[key]}`)
      if (row != null) return { id: null, row, keys: labelOf(key) }
    }
  }
  // The oldest record sharing a key is the match.
  const docs = await recordsSharingAKey(ctx.req, collection, ctx.tenant, keys, ctx.duplicateKeys, {
    sort: 'createdAt',
    limit: 1,
    select: Object.fromEntries(matchKeysOf(collection).map((k) => [k.column, true])),
  })
  if (!docs[0]) return null
  const doc = docs[0] as Record<string, unknown>
  const matched = matchKeysOf(collection).filter((k) => active.includes(k.key) && doc[k.column] === keys[k.key])
  return { id: doc.id as Id, row: null, keys: matched.map((k) => labelOf(k.key)).join(', ') }
}

function remember(ctx: PlanContext, rowNumber: number, data: Record<string, unknown>) {
  if (!ctx.plannedKeys || !isDuplicateCollection(ctx.collection)) return
  const keys = computeKeys(ctx.collection, data)
  for (const key of ctx.duplicateKeys) if (keys[key]) ctx.plannedKeys.set(`${key}:${keys[key]}`, rowNumber)
}

/**
 * What the import will do with one row: create, update the record it duplicates, skip it, or reject
 * it with the reasons. The dry run and the run both plan with this, so they agree; the run's write
 * then applies the same validation as any other write (hooks, workflow, permissions).
 */
export async function planRow(ctx: PlanContext, rowNumber: number, cells: string[]): Promise<RowPlan> {
  const { data, custom, problems } = await rowData(ctx, cells)
  const duplicate = problems.length === 0 ? await findDuplicate(ctx, data) : null
  const updating = duplicate != null && ctx.options.duplicateRule === 'update'
  if (!updating) {
    // Base fields only: the custom schema's own `required` is checked by validateValues below.
    for (const field of ctx.fields)
      if (field.required && !field.hasDefault && !field.path.startsWith('custom.') && data[field.path] == null)
        problems.push(importMessage(ctx.language, 'required', { field: fieldName(ctx, field.path) }))
  }
  const customErrors = validateValues(ctx.schema, custom, ctx.language, updating ? new Set(Object.keys(custom)) : undefined)
  for (const error of customErrors) problems.push(`${fieldName(ctx, error.path)}: ${error.message}`)
  if (problems.length > 0) return { action: 'reject', reason: problems.join('; ') }
  if (duplicate) {
    const where =
      duplicate.row != null ? importMessage(ctx.language, 'duplicateInFile', { row: duplicate.row, keys: duplicate.keys }) : ''
    const vars = { id: String(duplicate.id ?? `#${duplicate.row}`), keys: duplicate.keys }
    if (ctx.options.duplicateRule === 'skip')
      return { action: 'skip', reason: where || importMessage(ctx.language, 'duplicateSkipped', vars) }
    if (ctx.options.duplicateRule === 'update')
      return { action: 'update', id: duplicate.id, data, reason: where || importMessage(ctx.language, 'duplicateUpdated', vars) }
  }
  remember(ctx, rowNumber, data)
  return { action: 'create', data }
}
