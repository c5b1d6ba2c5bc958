import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { addressesOf, emailsToPerson, RECIPIENT_FIELDS } from './emailsToPerson'
import { ERASED } from './redactChanges'

type Undo = (undo: () => Promise<unknown>) => void

/**
 * Emails sent to the person keep that a message went out (status, dates, attempts) but lose the
 * address and the content, which were written for them.
 */
export async function redactOutbox(req: PayloadRequest, tenantId: Id, addresses: string[], onUndo: Undo) {
  const wanted = new Set(addresses.map((a) => a.toLowerCase()))
  const messages = await emailsToPerson(req, tenantId, addresses)
  for (const message of messages) {
    const recipients = Object.fromEntries(
      RECIPIENT_FIELDS.map((field) => [
        field,
        message[field] == null
          ? null
          : addressesOf(message[field])
              .map((a) => (wanted.has(a) ? ERASED : a))
              .join(', '),
      ]),
    )
    const data = { ...recipients, subject: ERASED, html: null, text: null, lastError: null }
    const previous = {
      ...Object.fromEntries(Object.keys(data).map((key) => [key, message[key] ?? null])),
      updatedAt: message.updatedAt,
    }
    await req.payload.db.updateOne({ collection: 'outbox', id: message.id as Id, data, req, returning: false })
    onUndo(() => req.payload.db.updateOne({ collection: 'outbox', id: message.id as Id, data: previous, returning: false }))
  }
  return messages.length
}
