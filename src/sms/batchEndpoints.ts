import { type Endpoint, NotFound, type PayloadRequest, ValidationError } from 'payload'
import { type Id, idOf } from '../access/types'
import { compareAndSet } from '../concurrency/compareAndSet'
import { routeId } from '../endpoints/requestParams'
import { csvLine } from '../exports/writeCsv'
import { toLanguage } from '../i18n/language'
import { type SmsMessageKey, smsMessage } from './messages'
import type { BatchRow } from './prepareBatch'

const invalid = (req: PayloadRequest, path: string, key: SmsMessageKey, vars: Record<string, string> = {}) =>
  new ValidationError({ errors: [{ path, message: smsMessage(toLanguage(req.i18n?.language), key, vars) }] }, req.t)

/** The batch as the caller may read it; 404 otherwise (another company's, another rep's). */
async function readableBatch(req: PayloadRequest, id: Id): Promise<BatchRow> {
  const batch = (await req.payload
    .findByID({ collection: 'sms-batches', id, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as BatchRow | null
  if (!batch) throw new NotFound(req.t)
  return batch
}

/**
 * POST /api/sms-batches/:id/send — a draft batch goes to `preparing` and a job expands its recipients
 * as the sender, then sends them when due: 202 `{ id, status, job }`. The sender must be able to edit
 * the batch (their own update rights), and the tenant must have an active gateway for the channel.
 */
export const sendBatchEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const id = routeId(req)
    const batch = await readableBatch(req, id)
    if (batch.status !== 'draft') throw invalid(req, 'status', 'notDraft', { status: batch.status })
    const records = Array.isArray(batch.records) ? batch.records : []
    if (batch.source === 'records' ? records.length === 0 : idOf(batch.savedView) == null)
      throw invalid(req, batch.source === 'records' ? 'records' : 'savedView', 'noRecipients')
    const gatewayWhere =
      idOf(batch.gateway) != null
        ? {
            and: [
              { id: { equals: idOf(batch.gateway) } },
              { tenant: { equals: idOf(batch.tenant) } },
              { active: { equals: true } },
            ],
          }
        : {
            and: [
              { tenant: { equals: idOf(batch.tenant) } },
              { channel: { equals: batch.channel } },
              { active: { equals: true } },
            ],
          }
    const gateways = await req.payload.count({
      collection: 'sms-gateways',
      where: gatewayWhere as never,
      overrideAccess: true,
      req,
    })
    if (gateways.totalDocs === 0) {
      const zh = toLanguage(req.i18n?.language) === 'zh'
      const channel = batch.channel === 'fax' ? (zh ? '传真' : 'fax') : zh ? '短信' : 'SMS'
      throw invalid(req, 'gateway', 'noGateway', { channel })
    }
    // Their own update rights decide whether they may send it (own / department scopes).
    await req.payload.update({
      collection: 'sms-batches',
      id,
      data: {} as never,
      overrideAccess: false,
      user: req.user,
      depth: 0,
      req,
    })
    await req.payload.update({
      collection: 'sms-batches',
      id,
      data: { status: 'preparing', error: null } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    const job = await req.payload.jobs.queue({ task: 'prepareSmsBatch', queue: 'interactive', input: { batch: String(id) }, req })
    return Response.json({ id, status: 'preparing', job: job.id }, { status: 202 })
  },
}

/**
 * GET /api/sms-batches/:id/skipped — the recipients that were not sent to (no number, no consent) and
 * those that failed, as CSV (UTF-8 with BOM, so Excel opens Chinese names): whoever can read the batch.
 */
export const skippedCsvEndpoint: Endpoint = {
  path: '/:id/skipped',
  method: 'get',
  custom: { formwork: true },
  handler: async (req) => {
    const id = routeId(req)
    await readableBatch(req, id)
    const zh = toLanguage(req.i18n?.language) === 'zh'
    const header = zh
      ? ['记录类型', '记录 ID', '名称', '号码', '状态', '错误']
      : ['Entity', 'Record id', 'Name', 'Number', 'Status', 'Error']
    const lines = [csvLine(header.map((text) => ({ text })))]
    for (let page = 1; ; page++) {
      const found = await req.payload.find({
        collection: 'sms-messages',
        where: { and: [{ batch: { equals: id } }, { status: { in: ['skipped_no_number', 'skipped_no_consent', 'failed'] } }] },
        sort: 'id',
        page,
        limit: 500,
        depth: 0,
        overrideAccess: true,
        req,
      })
      for (const m of found.docs as unknown as Record<string, unknown>[])
        lines.push(
          csvLine(
            [m.entity, m.recordId, m.recordLabel, m.number, m.status, m.error].map((v) => ({ text: v == null ? '' : String(v) })),
          ),
        )
      if (!found.hasNextPage) break
    }
    return new Response(`\uFEFF${lines.join('')}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="sms-${id}-skipped.csv"`,
      },
    })
  },
}

const CANCELLABLE = ['draft', 'preparing', 'queued', 'sending']
const BATCH_STATUS = {
  en: { done: 'done', cancelled: 'cancelled', failed: 'failed' },
  zh: { done: '已完成', cancelled: '已取消', failed: '失败' },
} as Record<'en' | 'zh', Record<string, string>>

/**
 * POST /api/sms-batches/:id/cancel — stops a batch that is not finished: the batch turns `cancelled`
 * (the prepare job stops at its next page), and every message still queued turns `cancelled` in one
 * update, so the dispatcher — which claims only queued messages — never sends them. A message already
 * handed to the gateway keeps its status. Whoever may edit the batch may cancel it: 200 `{ id, status, cancelled }`.
 */
export const cancelBatchEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const id = routeId(req)
    const batch = await readableBatch(req, id)
    const language = toLanguage(req.i18n?.language)
    if (!CANCELLABLE.includes(batch.status))
      throw invalid(req, 'status', 'notCancellable', { status: BATCH_STATUS[language][batch.status] ?? batch.status })
    // Their own update rights decide whether they may stop it (own / department scopes).
    await req.payload.update({ collection: 'sms-batches', id, data: {} as never, overrideAccess: false, user: req.user, req })
    const stopped = await compareAndSet(req, 'sms-batches', id, { status: { in: CANCELLABLE } }, { status: 'cancelled' })
    if (!stopped) {
      const now = (await req.payload.findByID({ collection: 'sms-batches', id, depth: 0, overrideAccess: true, req })) as BatchRow
      throw invalid(req, 'status', 'notCancellable', { status: BATCH_STATUS[language][now.status] ?? now.status })
    }
    // One UPDATE, not a hook per message: a batch can hold tens of thousands.
    await req.payload.db.updateMany({
      collection: 'sms-messages',
      where: { and: [{ batch: { equals: id } }, { status: { equals: 'queued' } }] },
      data: { status: 'cancelled', nextAttemptAt: null },
      returning: false,
      req,
    })
    const cancelled = await req.payload.count({
      collection: 'sms-messages',
      where: { and: [{ batch: { equals: id } }, { status: { equals: 'cancelled' } }] },
      overrideAccess: true,
      req,
    })
    return Response.json({ id, status: 'cancelled', cancelled: cancelled.totalDocs })
  },
}
