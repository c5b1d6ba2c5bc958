import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'

/** One place that reads a custom field: which engine, which document, and where in it. */
export type Place = { source: string; id?: Id; label: string; where: string }

/**
 * An engine that refers to custom fields by key (layouts, list views, rules, templates now; workflows,
 * reports and lab presets as they land). `find` lists its places for a key; `rename` rewrites them,
 * or is absent when the engine cannot (a rename is then refused while it has places).
 */
export type ReferenceSource = {
  name: string
  find: (req: PayloadRequest, tenant: Id, entity: string, key: string) => Promise<Place[]>
  rename?: (req: PayloadRequest, tenant: Id, entity: string, from: string, to: string) => Promise<void>
}

const sources: ReferenceSource[] = []

/** Engines register once, at import; registering a name again replaces the earlier source. */
export function registerReferenceSource(source: ReferenceSource) {
  const at = sources.findIndex((s) => s.name === source.name)
  if (at >= 0) sources[at] = source
  else sources.push(source)
}

export const referenceSources = (): readonly ReferenceSource[] => sources

/** Every place, in every registered engine, that reads `custom.<key>` of an entity in a tenant. */
export async function findReferences(req: PayloadRequest, tenant: Id, entity: string, key: string): Promise<Place[]> {
  const found = await Promise.all(sources.map((s) => s.find(req, tenant, entity, key)))
  return found.flat()
}
