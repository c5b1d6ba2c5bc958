import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import type { Process } from '../engine'
import { type ProcessDoc, toProcess } from './toProcess'

/** Like workflows: a save in this process clears the cache; other processes see it within this time. */
const TRUST_MS = 5_000
const cache = new Map<string, { processes: Process[]; fetchedAt: number }>()

export const forgetProcesses = () => cache.clear()

/** The active approval processes of an entity in a tenant, in priority order. */
export async function activeProcesses(req: PayloadRequest, tenant: Id, entity: string): Promise<Process[]> {
  const key = `${tenant}:${entity}`
  const hit = cache.get(key)
  if (hit && Date.now() - hit.fetchedAt < TRUST_MS) return hit.processes
  const { docs } = await req.payload.find({
    collection: 'approval-processes',
    where: { and: [{ tenant: { equals: tenant } }, { entity: { equals: entity } }, { active: { equals: true } }] },
    sort: 'priority',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const processes = (docs as unknown as ProcessDoc[]).map(toProcess)
  cache.set(key, { processes, fetchedAt: Date.now() })
  return processes
}
