import { type Endpoint, NotFound, type PayloadRequest, ValidationError } from 'payload'
import { idOf } from '../access/types'
import { routeId } from '../endpoints/requestParams'
import { toLanguage } from '../i18n/language'
import { type SmsMessageKey, smsMessage } from './messages'
import type { BatchRow } from './prepareBatch'

const invalid = (req: PayloadRequest, path: string, key: SmsMessageKey, vars: Record<string, string> = {}) =>
  new ValidationError({ errors: [{ path, message: smsMessage(toLanguage(req.i18n?.language), key, vars) }] }, req.t)

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
    const batch = (await req.payload
      .findByID({ collection: 'sms-batches', id, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)) as BatchRow | null
    if (!batch) throw new NotFound(req.t)
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

const csvCell = (value: unknown) => {
  const text = value == null ? '' : String(value)
  // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
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
    const batch = await req.payload
      .findByID({ collection: 'sms-batches', id, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)
    if (!batch) throw new NotFound(req.t)
    const zh = toLanguage(req.i18n?.language) === 'zh'
    const lines = [zh ? '记录类型,记录 ID,名称,号码,状态,错误' : 'Entity,Record id,Name,Number,Status,Error']
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
        lines.push([m.entity, m.recordId, m.recordLabel, m.number, m.status, m.error].map(csvCell).join(','))
      if (!found.hasNextPage) break
    }
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="sms-${id}-skipped.csv"`,
      },
    })
  },
}
