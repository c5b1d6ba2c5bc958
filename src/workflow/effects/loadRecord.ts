import type { PayloadRequest } from 'payload'
import type { EffectTarget } from './types'

/** The record an effect acts on, read by the server (trashed ones too: an effect still names them). */
export async function loadRecord(req: PayloadRequest, target: EffectTarget): Promise<Record<string, unknown>> {
  const doc = await req.payload.findByID({
    collection: target.entity as 'accounts',
    id: target.record,
    depth: 0,
    overrideAccess: true,
    trash: true,
    disableErrors: true,
    req,
  })
  if (!doc) throw new Error(`${target.entity} ${target.record} no longer exists`)
  return doc as unknown as Record<string, unknown>
}
