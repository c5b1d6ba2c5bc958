import nodemailer from 'nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

type Id = number | string
export type SmtpTransport = { sendMail: (message: SendEmailOptions) => Promise<unknown> }

const addresses = (value: unknown): string =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((v) => (typeof v === 'string' ? v : ((v as { address?: string }).address ?? '')))
    .filter(Boolean)
    .join(', ')

const fromDefaults = (env: NodeJS.ProcessEnv) => ({
  address: env.EMAIL_FROM_ADDRESS || 'noreply@formwork.local',
  name: env.EMAIL_FROM_NAME || 'Formwork',
})

/** The SMTP server of `SMTP_URL` (smtp://user:pass@host:port, smtps:// for TLS), or null without one. */
export function smtpTransport(env: NodeJS.ProcessEnv = process.env): SmtpTransport | null {
  return env.SMTP_URL ? (nodemailer.createTransport(env.SMTP_URL) as unknown as SmtpTransport) : null
}

/**
 * Payload's email adapter, built on nodemailer. Every message is written to the outbox first, then
 * handed to SMTP when `SMTP_URL` is set. Without SMTP it stays there (`kept`); a failed send stays
 * `failed` and the retry job tries again, so no message is lost between the app and the mail server.
 */
export function outboxEmailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter {
  const from = fromDefaults(env)
  let transport: SmtpTransport | null | undefined
  return ({ payload }) => ({
    name: 'formwork-outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      transport ??= smtpTransport(env)
      const key = idempotencyKeyOf(message.headers)
      if (key) {
        // Sent again (a retried job): the message is already in the outbox, sent or waiting for its retry.
        const { docs } = await payload.find({
          collection: 'outbox',
          where: { idempotencyKey: { equals: key } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        if (docs[0]) return { outboxId: docs[0].id, status: docs[0].status }
      }
      const row = await payload.create({
        collection: 'outbox',
        data: {
          to: addresses(message.to),
          cc: addresses(message.cc) || null,
          bcc: addresses(message.bcc) || null,
          from: addresses(message.from) || `${from.name} <${from.address}>`,
          subject: message.subject ?? '',
          html: typeof message.html === 'string' ? message.html : null,
          text: typeof message.text === 'string' ? message.text : null,
          status: transport ? 'sending' : 'kept',
          idempotencyKey: key,
          tenant: tenantOf(message.headers),
          attachments: storedAttachments(message.attachments),
        },
        overrideAccess: true,
      })
      if (!transport) return { outboxId: row.id, status: 'kept' }
      return deliver(payload, transport, row.id)
    },
  })
}

type StoredAttachment = { filename: string; contentType?: string; base64: string }

/** Attachments with their bytes (Buffer or string content) kept as base64, so a retry sends the same files. */
function storedAttachments(attachments: SendEmailOptions['attachments']): StoredAttachment[] | null {
  if (!Array.isArray(attachments) || attachments.length === 0) return null
  return attachments.map((a: { filename?: unknown; contentType?: unknown; content?: unknown }) => ({
    filename: String(a.filename ?? 'attachment'),
    ...(typeof a.contentType === 'string' ? { contentType: a.contentType } : {}),
    base64: Buffer.isBuffer(a.content)
      ? a.content.toString('base64')
      : Buffer.from(String(a.content ?? ''), 'utf8').toString('base64'),
  }))
}

/** A header of a message, if it has it (headers as an object or a list; names in any case). */
function headerOf(headers: SendEmailOptions['headers'], name: string): string | null {
  if (!headers) return null
  const entries: [string, unknown][] = Array.isArray(headers)
    ? headers.map((h: { key: string; value: unknown }) => [h.key, h.value])
    : Object.entries(headers as Record<string, unknown>)
  const found = entries.find(([k]) => k.toLowerCase() === name)?.[1]
  const value = typeof found === 'object' && found ? (found as { value?: unknown }).value : found
  return typeof value === 'string' && value ? value : null
}

/** The Idempotency-Key header of a message: a retried job sends the same message once. */
const idempotencyKeyOf = (headers: SendEmailOptions['headers']) => headerOf(headers, 'idempotency-key')

/**
 * The company a message is sent for (`TENANT_HEADER`): its outbox row belongs to that tenant, whose
 * admins read it. The header stays in the app: delivery rebuilds the message from the row.
 */
export const TENANT_HEADER = 'X-Formwork-Tenant'
const tenantOf = (headers: SendEmailOptions['headers']): number | string | null => {
  const value = headerOf(headers, TENANT_HEADER.toLowerCase())
  return value == null ? null : /^\d+$/.test(value) ? Number(value) : value
}

/** Send one outbox row and record the outcome on it. Never throws: the row says what happened. */
export async function deliver(payload: Payload, transport: SmtpTransport, id: Id) {
  const row = (await payload.findByID({ collection: 'outbox', id, depth: 0, overrideAccess: true })) as Record<string, unknown>
  const attempts = Number(row.attempts ?? 0) + 1
  try {
    await transport.sendMail({
      to: String(row.to),
      cc: (row.cc as string) || undefined,
      bcc: (row.bcc as string) || undefined,
      from: (row.from as string) || undefined,
      subject: String(row.subject ?? ''),
      html: (row.html as string) || undefined,
      text: (row.text as string) || undefined,
      attachments: (row.attachments as StoredAttachment[] | null)?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.base64, 'base64'),
      })),
      // Receivers (and mail clients) drop repeats by these.
      ...(row.idempotencyKey
        ? { headers: { 'Idempotency-Key': String(row.idempotencyKey) }, messageId: `<${row.idempotencyKey}@formwork>` }
        : {}),
    })
    await payload.update({
      collection: 'outbox',
      id,
      data: { status: 'sent', attempts, sentAt: new Date().toISOString(), lastError: null },
      overrideAccess: true,
    })
    return { outboxId: id, status: 'sent' as const }
  } catch (error) {
    payload.logger.error({ err: error, msg: `Email ${id} could not be sent; it stays in the outbox for a retry` })
    await payload.update({
      collection: 'outbox',
      id,
      data: { status: 'failed', attempts, lastError: String((error as Error).message ?? error).slice(0, 2000) },
      overrideAccess: true,
    })
    return { outboxId: id, status: 'failed' as const }
  }
}
