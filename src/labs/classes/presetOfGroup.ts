import type { Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import type { Bundle } from '../bundle/format'

/** The preset a group was made from (its own, else its class's), or null when it was made from a file. */
export async function presetOfGroup(payload: Payload, group: Id): Promise<{ id: Id; bundle: Bundle } | null> {
  const tenant = (await payload.findByID({ collection: 'tenants', id: group, depth: 0, overrideAccess: true })) as {
    kind?: string
    labPreset?: unknown
    parent?: unknown
  }
  if (tenant.kind !== 'group') throw new Error(`tenant ${group} is not a student group`)
  let presetId = idOf(tenant.labPreset)
  if (presetId == null && idOf(tenant.parent) != null) {
    const parent = (await payload.findByID({
      collection: 'tenants',
      id: idOf(tenant.parent) as Id,
      depth: 0,
      overrideAccess: true,
    })) as {
      labPreset?: unknown
    }
    presetId = idOf(parent.labPreset)
  }
  if (presetId == null) return null
  const preset = (await payload.findByID({
    collection: 'lab-presets',
    id: presetId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as {
    id: Id
    bundle: Bundle
  } | null
  return preset ? { id: preset.id, bundle: preset.bundle } : null
}
