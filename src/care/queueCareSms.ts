import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../access/types'
import type { Recipient } from './recipient'

/**
 * A care greeting by SMS goes the way every SMS goes: a batch of one record (origin `care`, owned by
 * the record's owner so it shows in their SMS list and in the report under their name), prepared and
 * dispatched by the jobs queue — retries, receipts, consent and the number check included. Answers
 * null when the tenant has no active SMS gateway, so the occurrence says why nothing was sent.
 */
export async function queueCareSms(req: PayloadRequest, tenant: Id, who: Recipient, text: string): Promise<{ batch: Id } | null> {
  const gateways = await req.payload.count({
    collection: 'sms-gateways',
    where: { and: [{ tenant: { equals: tenant } }, { channel: { equals: 'sms' } }, { active: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  if (gateways.totalDocs === 0) return null
  const owner =
    who.owner == null
      ? null
      : ((await req.payload.findByID({
          collection: 'users',
          id: who.owner,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as { id: Id; department?: unknown } | null)
  const batch = (await req.payload.create({
    collection: 'sms-batches',
    data: {
      tenant,
      owner: owner?.id ?? null,
      department: idOf(owner?.department),
      channel: 'sms',
      entity: who.target.collection,
      source: 'records',
      records: [who.target.id],
      origin: 'care',
      text,
      status: 'preparing',
    } as never,
    overrideAccess: true,
    depth: 0,
    req,
  })) as unknown as { id: Id }
  await req.payload.jobs.queue({ task: 'prepareSmsBatch', queue: 'interactive', input: { batch: String(batch.id) }, req })
  return { batch: batch.id }
}
