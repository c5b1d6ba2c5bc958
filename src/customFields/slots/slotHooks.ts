import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../access/types'
import { mappedKinds } from './fieldMapping'
import { ALL_SLOTS } from './slotColumns'
import { tenantMapping } from './slotMappings'
import { slotValuesFor } from './slotValues'

/**
 * After customValuesHook has merged and validated `custom`: copy each mapped key's value into its slot
 * and clear every other slot, so the slots always mirror the record as it is stored.
 */
export const mirrorSlots: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  // The custom-field benchmark's baseline runs without the layer (Local API context only).
  if (req.context.customFieldLayer === 'off') return data
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenant == null) return data
  const { mapping } = await tenantMapping(req, tenant, collection.slug)
  const { slots, kinds } = mappedKinds(mapping)
  Object.assign(data, slotValuesFor(data.custom ?? originalDoc?.custom, slots, kinds))
  return data
}

/** Slots are storage, not API: readers see `custom`. */
export const hideSlots: CollectionAfterReadHook = ({ doc }) => {
  for (const slot of ALL_SLOTS) delete doc[slot]
  return doc
}
