import { type Endpoint, NotFound, type PayloadRequest, ValidationError } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { type Id, idOf } from '../../access/types'
import { jsonBody, routeId } from '../../endpoints/requestParams'
import { toLanguage } from '../../i18n/language'
import { buildTemplateData } from '../../printing/buildTemplateData'
import { renderTemplateDoc, type TemplateDoc } from '../../printing/renderTemplateDoc'
import { recipientsOf } from '../../printing/sendRecord'
import { templateErrorResponse } from '../../printing/templateErrors'
import type { MailboxRow } from '../mailboxes/transports'
import { type EmailMessageKey, emailMessage } from '../messages'
import type { MessageRow } from './deliverMessage'

const invalid = (req: PayloadRequest, path: string, key: EmailMessageKey, vars: Record<string, string> = {}) =>
  new ValidationError({ errors: [{ path, message: emailMessage(toLanguage(req.i18n?.language), key, vars) }] }, req.t)

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/**
 * The mailbox a user sends from: the one named (theirs to read, or the company's), else their own,
 * else the company's. It must have an SMTP server.
 */
async function senderMailbox(req: PayloadRequest, tenant: Id, named: Id | null): Promise<MailboxRow> {
  const own = async (where: object) =>
    (
      await req.payload.find({
        collection: 'mailboxes',
        where: where as never,
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
    ).docs[0]
  const company = async (extra: object) =>
    (
      await req.payload.find({
        collection: 'mailboxes',
        where: { and: [{ tenant: { equals: tenant } }, { scope: { equals: 'tenant' } }, extra] } as never,
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0]
  const found =
    named != null
      ? ((await own({ id: { equals: named } })) ?? (await company({ id: { equals: named } })))
      : ((await own({ and: [{ tenant: { equals: tenant } }, { owner: { equals: req.user?.id } }] })) ?? (await company({})))
  if (!found) throw invalid(req, 'mailbox', named != null ? 'notYourMailbox' : 'noMailbox')
  const mailbox = (await req.payload.findByID({
    collection: 'mailboxes',
    id: found.id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as MailboxRow
  if (!mailbox.smtpHost) throw invalid(req, 'mailbox', 'noMailbox')
  return mailbox
}

/** The HTML of the message: the user's text, then the template rendered with the related record. */
async function bodyOf(req: PayloadRequest, message: MessageRow & { template?: unknown }): Promise<string | Response> {
  const text = (message.body ?? '').trim()
  const note = text ? `<p>${escapeHtml(text).replaceAll('\n', '<br>')}</p>` : ''
  const templateId = idOf(message.template)
  if (templateId == null) return note
  const template = (await req.payload
    .findByID({ collection: 'export-templates', id: templateId, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as TemplateDoc | null
  if (!template) throw new ValidationError({ errors: [{ path: 'template', message: 'Not found' }] }, req.t)
  const record = message.relatedTo
  const recordId = idOf(record?.value)
  if (!record || recordId == null || record.relationTo !== template.entity)
    throw new ValidationError(
      { errors: [{ path: 'template', message: `${template.entity} ≠ ${record?.relationTo ?? '—'}` }] },
      req.t,
    )
  const data = await buildTemplateData(req, template.entity, recordId, template.language)
  const rendered = await renderTemplateDoc(template, data)
  if (!rendered.ok) return templateErrorResponse(toLanguage(req.i18n?.language), rendered.error, 'template')
  return `${note}${note ? '<hr>' : ''}${rendered.html}`
}

/**
 * POST /api/email-messages/:id/send `{ mailbox? }` — a draft (or a failed message, again) goes to the
 * outbox and a job sends it, retrying with backoff: 202 `{ id, folder: 'outbox', job }`. The user must be
 * able to edit the message and read its attachments, template and record; the template is rendered now,
 * with their access, so the job sends exactly what they could see.
 */
export const sendMessageEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  custom: { formwork: true },
  handler: async (req) => {
    const id = routeId(req)
    const message = (await req.payload
      .findByID({ collection: 'email-messages', id, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)) as (MessageRow & { template?: unknown }) | null
    if (!message) throw new NotFound(req.t)
    if (message.folder !== 'draft' && message.folder !== 'failed') throw invalid(req, 'folder', 'notDraft')
    const context = await getAccessContext(req)
    const tenant = idOf(message.tenant) ?? context?.tenantId
    if (tenant == null) throw new NotFound(req.t)
    const body = await jsonBody(req)
    const to = recipientsOf(req, message.to)
    const cc = message.cc ? recipientsOf(req, message.cc) : []
    const mailbox = await senderMailbox(req, tenant, idOf(body.mailbox) ?? idOf(message.mailbox))
    for (const raw of message.attachments ?? []) {
      const attachment = idOf(raw)
      const readable =
        attachment != null &&
        (await req.payload
          .findByID({ collection: 'documents', id: attachment, depth: 0, overrideAccess: false, user: req.user, req })
          .catch(() => null))
      if (!readable) throw invalid(req, 'attachments', 'attachmentMissing', { id: String(attachment) })
    }
    const html = await bodyOf(req, message)
    if (html instanceof Response) return html
    // The user's own update rights decide whether they may send it (own / department scopes).
    await req.payload.update({
      collection: 'email-messages',
      id,
      data: { mailbox: mailbox.id, to: to.join(', '), cc: cc.join(', ') || null } as never,
      overrideAccess: false,
      user: req.user,
      depth: 0,
      req,
    })
    const from = mailbox.displayName ? `${mailbox.displayName} <${mailbox.address}>` : mailbox.address
    await req.payload.update({
      collection: 'email-messages',
      id,
      data: { folder: 'outbox', from, html, attempts: 0, lastError: null } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    // The interactive queue runs every few seconds: the user watches the outbox for their message.
    const job = await req.payload.jobs.queue({
      task: 'sendEmailMessage',
      queue: 'interactive',
      input: { message: String(id) },
      req,
    })
    return Response.json({ id, folder: 'outbox', job: job.id }, { status: 202 })
  },
}
