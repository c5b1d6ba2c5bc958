import type { Field } from 'payload'
import type { SlotKind } from '../fieldTypes'

export type Kind = Exclude<SlotKind, null>

/**
 * How many slot columns of each kind every business collection has. Text and number fields are what
 * admins filter and sort most (select, code, amount, score), dates less, booleans least: a yes/no field
 * filters by equality on the JSON path anyway, its slot only serves sorting. Every slot is one more
 * index each write updates, so the set stays small; a field beyond it still stores and filters by
 * equality, and the publish result says which fields have no range filter or sort.
 */
export const SLOT_COUNTS: Record<Kind, number> = { text: 8, number: 8, date: 4, boolean: 2 }

const PREFIX: Record<Kind, string> = { text: 'slotText', number: 'slotNumber', date: 'slotDate', boolean: 'slotBoolean' }
const PAYLOAD_TYPE = { text: 'text', number: 'number', date: 'date', boolean: 'checkbox' } as const
const KIND_LABEL: Record<Kind, { en: string; zh: string }> = {
  text: { en: 'text', zh: '文本' },
  number: { en: 'number', zh: '数字' },
  date: { en: 'date', zh: '日期' },
  boolean: { en: 'yes/no', zh: '是否' },
}

export const KINDS = Object.keys(SLOT_COUNTS) as Kind[]

/** The slot columns of one kind, in allocation order: `slotNumber1` … `slotNumber8`. */
export const slotsOfKind = (kind: Kind): string[] =>
  Array.from({ length: SLOT_COUNTS[kind] }, (_, i) => `${PREFIX[kind]}${i + 1}`)

export const ALL_SLOTS: string[] = KINDS.flatMap(slotsOfKind)
const SLOT_SET = new Set(ALL_SLOTS)
export const isSlot = (name: string) => SLOT_SET.has(name)

/**
 * The hidden, typed columns custom values are mirrored into. `admin.hidden`, not `hidden`: a hidden
 * field cannot be queried once access applies. Storage, not API: `hideSlots` strips them from reads.
 */
export function slotFields(): Field[] {
  const admin = { hidden: true, disableListColumn: true, disableListFilter: true, disableBulkEdit: true }
  return KINDS.flatMap((kind) =>
    slotsOfKind(kind).map(
      (name, i) =>
        ({
          name,
          type: PAYLOAD_TYPE[kind],
          label: { en: `Custom ${KIND_LABEL[kind].en} slot ${i + 1}`, zh: `自定义${KIND_LABEL[kind].zh}槽 ${i + 1}` },
          admin,
        }) as Field,
    ),
  )
}

/**
 * One compound index per slot: tenant first, because a slot holds different fields in different
 * tenants and a query only ever ranges over one tenant's part of it; then the slot, so a range with a
 * sort on it reads the index in order; `deletedAt` last, so the recycle-bin filter every list adds is
 * checked inside the index (without it SQLite's planner prefers the deleted_at index and sorts in
 * memory). Not (tenant, deletedAt, slot): PostgreSQL does not treat `deleted_at IS NULL` as an
 * equality when ordering, so it would sort every matching row (measured with EXPLAIN, see
 * test/int/customQuery.int.spec.ts).
 */
export const slotIndexes = () => ALL_SLOTS.map((slot) => ({ fields: ['tenant', slot, 'deletedAt'] }))
