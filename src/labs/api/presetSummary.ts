import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../../access/types'
import type { Bundle, Exercise } from '../bundle/format'

export type PresetSummary = { id: Id; name: string; exercises: Exercise[] }

/** A class's preset (id, name and exercises), or null when it was made from a file or the preset is gone. */
export async function presetOfClass(req: PayloadRequest, labPreset: unknown): Promise<PresetSummary | null> {
  const id = idOf(labPreset)
  if (id == null) return null
  const doc = (await req.payload.findByID({
    collection: 'lab-presets',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as { id: Id; name: string; bundle?: Bundle } | null
  return doc ? { id: doc.id, name: doc.name, exercises: doc.bundle?.exercises ?? [] } : null
}
