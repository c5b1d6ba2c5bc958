import type { CustomSchema } from '../customSchema'
import type { SlotKind } from '../fieldTypes'
import { kindOf, type SlotMap } from './assignSlots'
import type { Kind } from './slotColumns'

/** What a query needs to know of one custom key in one tenant: its slot kind and slot, if any. */
export type FieldSlot = {
  kind: SlotKind
  slot: string | null
  /** How the value is stored in the JSON: equality there compares with this type (decimals are text). */
  json?: 'number' | 'boolean'
}

/** Every key of a published schema (removed ones too: their values are kept) with its slot. */
export type FieldMapping = Record<string, FieldSlot>

export function fieldMapping(schema: CustomSchema | null | undefined, slots: SlotMap | null | undefined): FieldMapping {
  const mapping: FieldMapping = Object.create(null)
  for (const [key, field] of Object.entries(schema?.properties ?? {})) {
    const kind = kindOf(field)
    const type = field.type === 'integer' || field.type === 'number' ? 'number' : field.type === 'boolean' ? 'boolean' : undefined
    mapping[key] = { kind, slot: kind ? (slots?.[key] ?? null) : null, ...(type && kind ? { json: type } : {}) }
  }
  return mapping
}

/** The kind of each mapped key, for mirroring values into slots. */
export function mappedKinds(mapping: FieldMapping): { slots: SlotMap; kinds: Record<string, Kind> } {
  const slots: SlotMap = {}
  const kinds: Record<string, Kind> = {}
  for (const [key, { kind, slot }] of Object.entries(mapping)) {
    if (!kind || !slot) continue
    slots[key] = slot
    kinds[key] = kind
  }
  return { slots, kinds }
}
