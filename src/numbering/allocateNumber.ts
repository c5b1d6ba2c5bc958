import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import { giveBack, incrementCounter } from './counterStore'
import type { ResetPolicy } from './period'
import { counterKey, type Dimension, numberFor, numberingDate, type RecordContext, valueAt } from './sequenceRules'

export type SequenceDoc = {
  id: Id
  tenant: unknown
  name: string
  targetCollection: string
  pattern: string
  resetPolicy: ResetPolicy
  dimension: Dimension
  dimensionField?: string | null
  padding?: number | null
  gapFree?: boolean | null
  customKey?: string | null
  active?: boolean | null
}

/** Where a collection keeps its number: its `number` field, or `custom.<key>` when it has none. */
export type NumberSlot = { kind: 'field' } | { kind: 'custom'; key: string }

export function numberSlot(req: PayloadRequest, collection: string, sequence: Pick<SequenceDoc, 'customKey'> | null): NumberSlot {
  const hasField = req.payload.collections[collection]?.config.flattenedFields.some((f) => f.name === 'number')
  return hasField ? { kind: 'field' } : { kind: 'custom', key: sequence?.customKey || 'number' }
}

export const readNumber = (record: Record<string, unknown> | undefined, slot: NumberSlot): string => {
  const value = slot.kind === 'field' ? record?.number : (record?.custom as Record<string, unknown> | undefined)?.[slot.key]
  return typeof value === 'string' ? value.trim() : value == null ? '' : String(value)
}

const SEQUENCE_KEY = 'formworkSequence:'

/**
 * The tenant's active sequence for a collection, if any. Asked before and after the save of each
 * record, and for every row of an import: the answer, "none" included, is kept for the request, and
 * forgotten when a sequence changes in it (`forgetSequences`).
 */
export async function activeSequence(req: PayloadRequest, tenant: Id, collection: string): Promise<SequenceDoc | null> {
  const key = `${SEQUENCE_KEY}${tenant}:${collection}`
  const known = req.context[key] as { sequence: SequenceDoc | null } | undefined
  if (known) return known.sequence
  const { docs } = await req.payload.find({
    collection: 'number-sequences',
    where: {
      and: [{ tenant: { equals: tenant } }, { targetCollection: { equals: collection } }, { active: { equals: true } }],
    },
    sort: 'createdAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const sequence = (docs[0] as unknown as SequenceDoc) ?? null
  req.context[key] = { sequence }
  return sequence
}

/** A sequence created, changed or deleted in this request: what `activeSequence` remembered is stale. */
export function forgetSequences(req: PayloadRequest) {
  for (const key of Object.keys(req.context)) if (key.startsWith(SEQUENCE_KEY)) delete req.context[key]
}

async function tenantTimeZone(req: PayloadRequest, tenant: Id): Promise<string | null> {
  const doc = await req.payload.findByID({
    collection: 'tenants',
    id: tenant,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return (doc as { timeZone?: string | null } | null)?.timeZone ?? null
}

/** What a record gives its number: its department's code and its own values. */
export async function recordContext(req: PayloadRequest, record: Record<string, unknown>): Promise<RecordContext> {
  const departmentId = idOf(record.department)
  let departmentCode: string | null = null
  if (departmentId != null) {
    const department = await req.payload.findByID({
      collection: 'departments',
      id: departmentId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    departmentCode = (department as { code?: string | null } | null)?.code ?? String(departmentId)
  }
  return { departmentCode, fieldValue: (path) => valueAt(record, path) }
}

/** Whether a number is held by a record of the tenant (records in the recycle bin still hold theirs). */
export async function numberTaken(
  req: PayloadRequest,
  collection: string,
  slot: NumberSlot,
  tenant: Id,
  number: string,
  exceptId?: Id,
): Promise<boolean> {
  const path = slot.kind === 'field' ? 'number' : `custom.${slot.key}`
  const { docs } = await req.payload.find({
    collection,
    where: {
      and: [
        { tenant: { equals: tenant } },
        { [path]: { equals: number } },
        ...(exceptId != null ? [{ id: { not_equals: exceptId } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    trash: true,
    overrideAccess: true,
    req,
  })
  return docs.length > 0
}

/**
 * When the number is dated: now, or `context.numberingDate` (Local API only, never from a request
 * body) so that imports of past documents number them in their own month.
 */
function numberingInstant(req: PayloadRequest): Date {
  const given = req.context?.numberingDate
  const date = typeof given === 'string' || given instanceof Date ? new Date(given) : null
  return date && !Number.isNaN(date.getTime()) ? date : new Date()
}

// A number typed by hand may already hold the next value; skip it, but never loop for ever.
const MAX_SKIPS = 50

/**
 * The next number of a sequence for a record. `inTransaction`: the counter moves in the request's
 * transaction (PostgreSQL), so a rollback gives the number back. A value already used by a number
 * typed by hand is skipped.
 */
export async function allocateNumber(
  req: PayloadRequest,
  sequence: SequenceDoc,
  collection: string,
  record: Record<string, unknown>,
  inTransaction: boolean,
): Promise<{ number: string; release: () => Promise<boolean> }> {
  const tenant = idOf(record.tenant) as Id
  const date = numberingDate(numberingInstant(req), await tenantTimeZone(req, tenant))
  const context = await recordContext(req, record)
  const key = counterKey(sequence, date, context)
  const ref = { tenant, sequence: sequence.id, ...key }
  const slot = numberSlot(req, collection, sequence)
  for (let attempt = 0; attempt < MAX_SKIPS; attempt++) {
    const value = await incrementCounter(req, ref, inTransaction)
    const number = numberFor(sequence, date, value, context)
    if (!(await numberTaken(req, collection, slot, tenant, number))) return { number, release: () => giveBack(req, ref, value) }
  }
  throw new Error(`Number sequence ${sequence.id} found ${MAX_SKIPS} numbers in a row already taken`)
}
