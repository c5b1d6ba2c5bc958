import type { PayloadRequest } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { type Id, idOf } from '../access/types'
import { TENANT_HEADER } from '../email/outboxEmailAdapter'
import { RELATABLE } from '../fields/relatedTo'
import { buildTemplateData } from './buildTemplateData'
import { invalidField, requestLanguage } from './errors'
import { renderTemplateDoc, type TemplateDoc } from './renderTemplateDoc'
import { storeSnapshot } from './snapshots'
import { templateErrorResponse } from './templateErrors'

const MAX_RECIPIENTS = 10
const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/

/** "a@x.cn, b@y.com" → the addresses, or an error naming the field. */
export function recipientsOf(req: PayloadRequest, value: unknown): string[] {
  const list = (typeof value === 'string' ? value.split(/[,;，；\s]+/) : []).filter(Boolean)
  if (list.length === 0) throw invalidField(req, 'to', 'sendToRequired')
  const bad = list.find((a) => !EMAIL.test(a))
  if (bad) throw invalidField(req, 'to', 'sendToInvalid', { address: bad })
  if (list.length > MAX_RECIPIENTS) throw invalidField(req, 'to', 'sendToTooMany', { max: String(MAX_RECIPIENTS) })
  return list
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/**
 * Send a record rendered with a template by email, as the user who sends it (they must be able to read
 * the record): the document is the message's body, after the user's own note; it goes through the
 * outbox (kept, then delivered by SMTP and retried), is kept as a snapshot like a print, and is logged
 * as a done email activity on the record's timeline.
 */
export async function sendRecord(
  req: PayloadRequest,
  template: TemplateDoc,
  recordId: Id,
  input: { to?: unknown; subject?: unknown; message?: unknown },
): Promise<Response> {
  const to = recipientsOf(req, input.to)
  const data = await buildTemplateData(req, template.entity, recordId, template.language)
  const rendered = await renderTemplateDoc(template, data)
  if (!rendered.ok) return templateErrorResponse(requestLanguage(req), rendered.error)
  const number = typeof data.doc.number === 'string' ? data.doc.number : ''
  const subject = (typeof input.subject === 'string' && input.subject.trim()) || [template.name, number].filter(Boolean).join(' ')
  const note = typeof input.message === 'string' && input.message.trim() ? input.message.trim() : ''
  const html = `${note ? `<p>${escapeHtml(note).replaceAll('\n', '<br>')}</p><hr>` : ''}${rendered.html}`
  // Sent in the record's company's name: its outbox holds the message.
  const tenant = (await getAccessContext(req))?.tenantId ?? idOf(data.doc.tenant)
  const sent = (await req.payload.sendEmail({
    to: to.join(', '),
    subject,
    html,
    ...(tenant != null ? { headers: { [TENANT_HEADER]: String(tenant) } } : {}),
  })) as { outboxId?: Id; status?: string }
  const snapshot = await storeSnapshot(req, {
    template,
    recordId,
    format: 'html',
    fileName: `${number || `${template.entity}-${recordId}`}.html`,
    bytes: Buffer.from(html, 'utf8'),
    data,
  })
  const activity = (RELATABLE as readonly string[]).includes(template.entity)
    ? await req.payload.create({
        collection: 'activities',
        data: {
          tenant: idOf(data.doc.tenant),
          subject,
          type: 'email',
          status: 'done',
          startAt: new Date().toISOString(),
          relatedTo: { relationTo: template.entity, value: recordId },
          owner: req.user?.id,
          outcome: `→ ${to.join(', ')}${note ? `\n${note}` : ''}`,
        } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
    : null
  return Response.json(
    { outboxId: sent?.outboxId ?? null, status: sent?.status ?? null, snapshot: snapshot.id, activity: activity?.id ?? null },
    { status: 201 },
  )
}
