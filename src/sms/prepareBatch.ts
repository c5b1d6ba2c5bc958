import Handlebars from 'handlebars'
import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest, type Where } from 'payload'
import { type Id, idOf } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { consentsTo, numberOf, type SmsEntity, savedViewWhere } from './recipients'
import type { SmsStatus } from './statuses'

/** Records read per page while expanding a batch; progress is stored after each. */
export const PREPARE_PAGE_SIZE = 100

export type BatchRow = {
  id: Id
  tenant?: unknown
  owner?: unknown
  department?: unknown
  channel: 'sms' | 'fax'
  gateway?: unknown
  text: string
  entity: SmsEntity
  source: 'records' | 'savedView'
  records?: unknown
  savedView?: unknown
  dueAt?: string | null
  priority?: number | null
  status: string
  origin?: 'manual' | 'care' | null
}

// Plain text, not HTML: nothing to escape; a template's own helpers only.
const engine = Handlebars.create()

/** The request of the batch's sender: their tenant, roles, scopes and hidden fields apply to every read. */
export async function senderReq(payload: Payload, batch: BatchRow): Promise<PayloadRequest> {
  // A care greeting to a record nobody owns has no sender: it is read with the system's access.
  const owner = idOf(batch.owner)
  const user =
    owner == null
      ? null
      : await payload.findByID({ collection: 'users', id: owner, depth: 0, overrideAccess: true, disableErrors: true })
  const language = (user as { language?: string } | null)?.language === 'en' ? 'en' : 'zh'
  const i18n = await getLocalI18n({ config: payload.config, language })
  const req = await createLocalReq(
    { ...(user ? { user: { ...user, collection: 'users' } as never } : {}), req: { i18n } as never },
    payload,
  )
  req.headers = new Headers({ 'x-tenant': String(idOf(batch.tenant)), 'accept-language': language === 'zh' ? 'zh-CN' : 'en' })
  return req
}

/** Which records the batch goes to, as a `where` the sender's own find narrows further. */
async function recipientsWhere(req: PayloadRequest, batch: BatchRow): Promise<Where> {
  const tenant: Where = { tenant: { equals: idOf(batch.tenant) } }
  if (batch.source === 'savedView') {
    const viewId = idOf(batch.savedView)
    // The view itself is read as the sender: another user's personal view is not theirs to use.
    const saved =
      viewId == null
        ? null
        : ((await req.payload
            .findByID({ collection: 'saved-views', id: viewId, depth: 0, overrideAccess: false, user: req.user, req })
            .catch(() => null)) as { entity?: string; view?: { filters?: never[] } } | null)
    if (!saved || saved.entity !== batch.entity)
      throw new Error(`saved view ${viewId} is not a view of ${batch.entity} the sender can read`)
    return { and: [tenant, savedViewWhere(saved.view)] }
  }
  const ids = Array.isArray(batch.records) ? batch.records.map((r) => idOf(r)).filter((r) => r != null) : []
  return { and: [tenant, { id: { in: ids.length > 0 ? ids : [-1] } }] }
}

/**
 * Expands a batch into one sms-message per recipient, as its sender: only the records their access and
 * the saved view find, with only the fields they may read. A record without a number, or a person who
 * did not agree to SMS, becomes a skipped message with the reason — listed, never dropped. Page by page,
 * with progress on the batch; run again after a crash, it carries on (one message per batch and record).
 */
export async function prepareBatch(payload: Payload, id: Id): Promise<'queued' | 'skipped' | 'failed'> {
  const batch = (await payload.findByID({
    collection: 'sms-batches',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as BatchRow | null
  if (batch?.status !== 'preparing') return 'skipped'
  const req = await senderReq(payload, batch)
  let where: Where
  try {
    where = await recipientsWhere(req, batch)
  } catch (error) {
    await payload.update({
      collection: 'sms-batches',
      id,
      data: { status: 'failed', error: String((error as Error).message) } as never,
      overrideAccess: true,
      depth: 0,
    })
    return 'failed'
  }
  // Care's text arrives filled in already: a customer's name with braces in it must not be re-read as a template.
  const template = batch.origin === 'care' ? () => batch.text : engine.compile(batch.text, { noEscape: true })
  // A care greeting reads its one record with the system's access; a user's batch with theirs.
  const readAs = batch.origin === 'care' ? { overrideAccess: true } : { overrideAccess: false, user: req.user }
  const existing = new Set(
    (
      await payload.find({
        collection: 'sms-messages',
        where: { batch: { equals: id } },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { recordId: true } as never,
      })
    ).docs.map((m) => String((m as { recordId?: string }).recordId)),
  )
  let page = 1
  let prepared = 0
  let skipped = 0
  let total = 0
  for (;;) {
    const found = await payload.find({
      collection: batch.entity,
      where,
      sort: 'id',
      page,
      limit: PREPARE_PAGE_SIZE,
      depth: 0,
      ...readAs,
      req,
    })
    total = found.totalDocs
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      const recordId = String(doc.id)
      if (!existing.has(recordId)) {
        const number = numberOf(doc, batch.entity, batch.channel)
        const status: SmsStatus = !number
          ? 'skipped_no_number'
          : !consentsTo(doc, batch.entity, batch.channel)
            ? 'skipped_no_consent'
            : 'queued'
        let text = batch.text
        try {
          text = template(doc)
        } catch {
          text = batch.text
        }
        await payload.create({
          collection: 'sms-messages',
          data: {
            tenant: idOf(batch.tenant),
            owner: idOf(batch.owner),
            department: idOf(batch.department),
            batch: id,
            channel: batch.channel,
            entity: batch.entity,
            recordId,
            recordLabel: String(doc.name ?? recordId),
            number,
            text,
            status,
            priority: batch.priority ?? 5,
            dueAt: batch.dueAt ?? new Date().toISOString(),
            attempts: 0,
          } as never,
          overrideAccess: true,
          depth: 0,
        })
        existing.add(recordId)
      }
      prepared += 1
    }
    skipped = (
      await payload.count({
        collection: 'sms-messages',
        where: { and: [{ batch: { equals: id } }, { status: { in: ['skipped_no_number', 'skipped_no_consent'] } }] },
        overrideAccess: true,
      })
    ).totalDocs
    // Progress only while it is still preparing: a cancel in between stops the expansion here.
    const going = await compareAndSet(req, 'sms-batches', id, { status: { equals: 'preparing' } }, { total, prepared, skipped })
    if (!going) return 'skipped'
    if (!found.hasNextPage) break
    page += 1
  }
  const queued = await compareAndSet(
    req,
    'sms-batches',
    id,
    { status: { equals: 'preparing' } },
    { status: 'queued', total, prepared, skipped },
  )
  return queued ? 'queued' : 'skipped'
}
