import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import { type MailboxRow, smtpTransportOf } from '../mailboxes/transports'
import { emailMessage } from '../messages'
import { logOnTimeline } from './logOnTimeline'

/** Sends a message gets before it is filed as failed (the job retries with a growing delay in between). */
export const MAX_SEND_ATTEMPTS = 4

export type MessageRow = {
  id: Id
  tenant?: unknown
  owner?: unknown
  folder: 'draft' | 'outbox' | 'sent' | 'failed' | 'inbox'
  mailbox?: unknown
  to?: string | null
  cc?: string | null
  subject?: string | null
  body?: string | null
  html?: string | null
  attachments?: unknown[] | null
  relatedTo?: { relationTo: string; value: unknown } | null
  attempts?: number | null
  activity?: unknown
}

const fromOf = (mailbox: MailboxRow) =>
  mailbox.displayName ? { name: mailbox.displayName, address: mailbox.address } : mailbox.address

/** The files of the attached documents, read from the uploads folder. */
async function attachmentsOf(payload: Payload, ids: unknown[]) {
  const staticDir = (payload.collections.documents.config.upload as { staticDir?: string }).staticDir ?? ''
  const files = []
  for (const raw of ids) {
    const id = idOf(raw)
    if (id == null) continue
    const doc = (await payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })) as {
      filename?: string | null
      mimeType?: string | null
    }
    if (!doc.filename) continue
    files.push({
      filename: doc.filename,
      contentType: doc.mimeType ?? undefined,
      content: await readFile(path.join(staticDir, doc.filename)),
    })
  }
  return files
}

/**
 * One attempt at sending a message of the outbox through its mailbox's SMTP server. A success files it
 * under sent and puts it on its record's timeline; a failure records the error and answers `retry`
 * until the last attempt, which files it under failed. Never loses the message: it is in one folder
 * or another, with its error.
 */
export async function deliverMessage(payload: Payload, id: Id): Promise<'sent' | 'retry' | 'failed' | 'skipped'> {
  const message = (await payload
    .findByID({ collection: 'email-messages', id, depth: 0, overrideAccess: true })
    .catch(() => null)) as MessageRow | null
  if (message?.folder !== 'outbox') return 'skipped'
  const attempts = Number(message.attempts ?? 0) + 1
  const mailboxId = idOf(message.mailbox)
  try {
    if (mailboxId == null) throw new Error(emailMessage('en', 'noMailbox'))
    const mailbox = (await payload.findByID({
      collection: 'mailboxes',
      id: mailboxId,
      depth: 0,
      overrideAccess: true,
    })) as MailboxRow
    const transport = smtpTransportOf(mailbox)
    const messageId = `<formwork-${idOf(message.tenant)}-${id}@${mailbox.address.split('@')[1] ?? 'formwork.local'}>`
    try {
      // A stable Message-ID: a retry after a lost answer is recognisably the same message.
      await transport.sendMail({
        from: fromOf(mailbox),
        to: message.to ?? '',
        cc: message.cc || undefined,
        subject: message.subject ?? '',
        html: message.html || undefined,
        text: message.body || undefined,
        messageId,
        attachments: await attachmentsOf(payload, message.attachments ?? []),
      })
    } finally {
      transport.close()
    }
    const sentAt = new Date().toISOString()
    const activity = await logOnTimeline(payload, message, {
      subject: message.subject ?? '',
      at: sentAt,
      outcome: `→ ${message.to}`,
    })
    await payload.update({
      collection: 'email-messages',
      id,
      data: { folder: 'sent', attempts, sentAt, lastError: null, messageId, activity: activity ?? undefined } as never,
      overrideAccess: true,
      depth: 0,
    })
    return 'sent'
  } catch (error) {
    const reason = String((error as Error).message ?? error).slice(0, 2000)
    const last = attempts >= MAX_SEND_ATTEMPTS
    await payload.update({
      collection: 'email-messages',
      id,
      data: {
        attempts,
        lastError: last ? emailMessage('en', 'tooManyFailures', { attempts, error: reason }) : reason,
        ...(last ? { folder: 'failed' } : {}),
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    return last ? 'failed' : 'retry'
  }
}
