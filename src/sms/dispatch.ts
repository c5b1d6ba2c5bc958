import { createLocalReq, type Payload } from 'payload'
import { type Id, idOf } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { providerOf } from './provider'
import type { GatewayRow } from './provider/types'
import { MAX_SMS_ATTEMPTS } from './statuses'

/** Messages sent per run of the dispatch job; it queues itself again while more are due. */
export const DISPATCH_BATCH = 50

// Tests shorten the wait between attempts; servers wait a minute, doubling each time.
const retryDelayMs = () => Number(process.env.FORMWORK_SMS_RETRY_DELAY_MS) || 60_000

type MessageRow = {
  id: Id
  tenant?: unknown
  batch?: unknown
  channel?: 'sms' | 'fax'
  number?: string | null
  text?: string | null
  attempts?: number | null
}

type BatchSend = { gateway: GatewayRow | null; cancelled: boolean }

/** The gateway a batch names, else the tenant's first active one for the channel; and whether it was cancelled. */
async function gatewayFor(payload: Payload, batchId: Id, cache: Map<string, BatchSend>): Promise<BatchSend> {
  const key = String(batchId)
  const known = cache.get(key)
  if (known) return known
  const batch = (await payload.findByID({
    collection: 'sms-batches',
    id: batchId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as {
    tenant?: unknown
    gateway?: unknown
    channel?: string
    status?: string
  } | null
  let gateway: GatewayRow | null = null
  const named = idOf(batch?.gateway)
  const where =
    named != null
      ? { and: [{ id: { equals: named } }, { tenant: { equals: idOf(batch?.tenant) } }] }
      : {
          and: [
            { tenant: { equals: idOf(batch?.tenant) } },
            { channel: { equals: batch?.channel ?? 'sms' } },
            { active: { equals: true } },
          ],
        }
  if (batch)
    gateway =
      ((await payload.find({ collection: 'sms-gateways', where: where as never, limit: 1, depth: 0, overrideAccess: true }))
        .docs[0] as unknown as GatewayRow) ?? null
  const found = { gateway, cancelled: batch?.status === 'cancelled' }
  cache.set(key, found)
  return found
}

/** A batch is done once none of its messages waits to be sent. */
async function settleBatch(payload: Payload, batchId: Id) {
  const waiting = await payload.count({
    collection: 'sms-messages',
    where: { and: [{ batch: { equals: batchId } }, { status: { in: ['queued', 'sending'] } }] },
    overrideAccess: true,
  })
  const batch = (await payload.findByID({
    collection: 'sms-batches',
    id: batchId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as { status?: string } | null
  if (!batch || !['queued', 'sending'].includes(String(batch.status))) return
  const status = waiting.totalDocs === 0 ? 'done' : 'sending'
  if (status !== batch.status)
    await payload.update({ collection: 'sms-batches', id: batchId, data: { status } as never, overrideAccess: true, depth: 0 })
}

/**
 * Sends what is due, highest priority first, then earliest due, then oldest. Each message is claimed by
 * a compare-and-set (queued → sending) so two runs never send it twice. An unreachable or refusing
 * gateway puts it back in the queue with a doubling delay, until the last attempt marks it failed with
 * the error: nothing is lost. Answers when the next message falls due (to queue the next run), if any.
 */
export async function dispatchDue(payload: Payload, now = new Date()): Promise<{ sent: number; nextDueAt: string | null }> {
  const req = await createLocalReq({}, payload)
  const iso = now.toISOString()
  const due = await payload.find({
    collection: 'sms-messages',
    where: {
      and: [
        { status: { equals: 'queued' } },
        { dueAt: { less_than_equal: iso } },
        {
          or: [
            { nextAttemptAt: { exists: false } },
            { nextAttemptAt: { equals: null } },
            { nextAttemptAt: { less_than_equal: iso } },
          ],
        },
      ],
    },
    sort: ['-priority', 'dueAt', 'id'],
    limit: DISPATCH_BATCH,
    depth: 0,
    overrideAccess: true,
  })
  const gateways = new Map<string, BatchSend>()
  const batches = new Set<string>()
  let sent = 0
  for (const row of due.docs as unknown as MessageRow[]) {
    const claimed = await compareAndSet(req, 'sms-messages', row.id, { status: { equals: 'queued' } }, { status: 'sending' })
    if (!claimed) continue
    const batchId = idOf(row.batch) as Id
    batches.add(String(batchId))
    const attempts = Number(row.attempts ?? 0) + 1
    const { gateway, cancelled } = await gatewayFor(payload, batchId, gateways)
    // Queued by a prepare page that was running when its batch was cancelled: never sent.
    if (cancelled) {
      await payload.update({
        collection: 'sms-messages',
        id: row.id,
        data: { status: 'cancelled' } as never,
        overrideAccess: true,
        depth: 0,
      })
      continue
    }
    try {
      if (!gateway || gateway.active === false) throw new Error('no active gateway for this channel')
      const result = await providerOf(gateway).send({
        to: String(row.number),
        text: String(row.text ?? ''),
        messageId: `fw-${row.id}`,
      })
      await payload.update({
        collection: 'sms-messages',
        id: row.id,
        data: {
          status: 'sent',
          attempts,
          sentAt: new Date().toISOString(),
          providerMessageId: result.providerMessageId ?? `fw-${row.id}`,
          error: null,
          nextAttemptAt: null,
        } as never,
        overrideAccess: true,
        depth: 0,
      })
      sent += 1
    } catch (error) {
      const reason = String((error as Error).cause ?? (error as Error).message ?? error).slice(0, 2000)
      const last = attempts >= MAX_SMS_ATTEMPTS
      const nextAttemptAt = new Date(Date.now() + retryDelayMs() * 2 ** (attempts - 1)).toISOString()
      await payload.update({
        collection: 'sms-messages',
        id: row.id,
        data: last
          ? { status: 'failed', attempts, error: `failed after ${attempts} attempts: ${reason}`, nextAttemptAt: null }
          : { status: 'queued', attempts, error: reason, nextAttemptAt },
        overrideAccess: true,
        depth: 0,
      } as never)
    }
  }
  for (const batchId of batches) await settleBatch(payload, batchId)
  const next = await payload.find({
    collection: 'sms-messages',
    where: { status: { equals: 'queued' } },
    sort: 'dueAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  const times = (next.docs as unknown as { dueAt?: string; nextAttemptAt?: string | null }[]).map((m) =>
    Math.max(Date.parse(m.dueAt ?? iso), m.nextAttemptAt ? Date.parse(m.nextAttemptAt) : 0),
  )
  const nextDueAt = times.length > 0 ? new Date(Math.min(...times)).toISOString() : null
  return { sent, nextDueAt }
}
