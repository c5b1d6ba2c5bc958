import type { CustomSchema } from '../customSchema'
import { type SlotKind, TYPE_RULES } from '../fieldTypes'
import { KINDS, type Kind, slotsOfKind } from './slotColumns'

/** Stored on a published entity-schemas version: which slot column mirrors which custom key. */
export type SlotMap = Record<string, string>

export type SlotAssignment = {
  slots: SlotMap
  /** Fields whose kind could have a slot but found none free: equality filters only, no range or sort. */
  slotless: string[]
  /** Keys whose slot is new in this version: records already stored need `backfillSlots`. */
  newlyMapped: string[]
}

/** The slot kind of a top-level field, or null for what cannot have one (long texts, groups, removed fields). */
export function kindOf(field: CustomSchema['properties'][string] | undefined): SlotKind {
  if (!field || field['x-removed']) return null
  return TYPE_RULES[field['x-type']]?.slot ?? null
}

const kindOfSlot = (slot: string): Kind | null => KINDS.find((kind) => slotsOfKind(kind).includes(slot)) ?? null

/**
 * Slots for a version about to be published. A key keeps the slot it had in the previous version as
 * long as its kind is the same (records need no backfill); new keys take the lowest free slot of their
 * kind in the order of their keys. Deterministic: the same schema published after the same history
 * gets the same mapping in every tenant (lab groups cloned from one preset query alike).
 */
export function assignSlots(schema: CustomSchema | null | undefined, previous: SlotMap | null | undefined): SlotAssignment {
  const properties = schema?.properties ?? {}
  const slots: SlotMap = {}
  const taken = new Set<string>()
  for (const [key, slot] of Object.entries(previous ?? {})) {
    const kind = kindOf(properties[key])
    if (kind && kindOfSlot(slot) === kind && !taken.has(slot)) {
      slots[key] = slot
      taken.add(slot)
    }
  }
  const slotless: string[] = []
  const newlyMapped: string[] = []
  // By key, not by property order: PostgreSQL's jsonb does not keep the order a schema was written in.
  for (const key of Object.keys(properties).sort()) {
    const kind = kindOf(properties[key])
    if (!kind || slots[key]) continue
    const free = slotsOfKind(kind).find((slot) => !taken.has(slot))
    if (!free) {
      slotless.push(key)
      continue
    }
    slots[key] = free
    taken.add(free)
    newlyMapped.push(key)
  }
  return { slots, slotless, newlyMapped }
}
