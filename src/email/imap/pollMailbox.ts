import { type AddressObject, simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { type Id, idOf } from '../../access/types'
import { imapClientOf, type MailboxRow } from '../mailboxes/transports'
import { logOnTimeline } from '../messages/logOnTimeline'
import { matchAddress } from './matchSender'

// One poll imports at most this many messages; the next poll goes on from the last UID.
const BATCH = 200

const addressesOf = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean)

export type PollResult = { imported: number; skipped: number }

/**
 * Imports the new messages of a mailbox's IMAP INBOX, by UID: the mailbox remembers the INBOX's
 * UIDVALIDITY and the last UID imported, and each stored message carries `<uidvalidity>:<uid>` under a
 * unique index, so a poll that runs twice (or two pollers at once) never imports a message twice.
 * Each message is matched to the tenant's contact, lead or account by its sender (or, for mail the
 * mailbox's owner sent from elsewhere, its recipients) and logged on that record's timeline.
 */
export async function pollMailbox(payload: Payload, mailbox: MailboxRow): Promise<PollResult> {
  const tenant = idOf(mailbox.tenant) as Id
  const client = imapClientOf(mailbox)
  await client.connect()
  const fetched: { uid: number; source: Buffer }[] = []
  let uidValidity = ''
  try {
    const lock = await client.getMailboxLock('INBOX')
    try {
      const opened = client.mailbox
      uidValidity = opened ? String(opened.uidValidity) : ''
      // A new UIDVALIDITY: the server renumbered its messages, so the remembered UID means nothing now.
      const after = uidValidity === (mailbox.imapUidValidity ?? '') ? Number(mailbox.imapLastUid ?? 0) : 0
      if (opened && opened.exists > 0) {
        for await (const message of client.fetch(`${after + 1}:*`, { uid: true, source: true }, { uid: true })) {
          // `n:*` names the last message even when its UID is below n.
          if (message.uid > after && message.source) fetched.push({ uid: message.uid, source: message.source })
          if (fetched.length >= BATCH) break
        }
      }
    } finally {
      lock.release()
    }
  } finally {
    await client.logout().catch(() => {})
  }
  fetched.sort((x, y) => x.uid - y.uid)
  let imported = 0
  let lastUid = uidValidity === (mailbox.imapUidValidity ?? '') ? Number(mailbox.imapLastUid ?? 0) : 0
  const own = mailbox.address.toLowerCase()
  for (const { uid, source } of fetched) {
    const imapKey = `${uidValidity}:${uid}`
    const { totalDocs } = await payload.count({
      collection: 'email-messages',
      where: { and: [{ mailbox: { equals: mailbox.id } }, { imapKey: { equals: imapKey } }] },
      overrideAccess: true,
    })
    if (totalDocs === 0) {
      const mail = await simpleParser(source)
      const from = addressesOf(mail.from)
      const recipients = [...addressesOf(mail.to), ...addressesOf(mail.cc)]
      const match =
        (await matchAddress(
          payload,
          tenant,
          from.filter((a) => a.toLowerCase() !== own),
        )) ??
        (await matchAddress(
          payload,
          tenant,
          recipients.filter((a) => a.toLowerCase() !== own),
        ))
      const receivedAt = (mail.date ?? new Date()).toISOString()
      try {
        const created = await payload.create({
          collection: 'email-messages',
          data: {
            tenant,
            owner: idOf(mailbox.owner) ?? undefined,
            mailbox: mailbox.id,
            folder: 'inbox',
            from: mail.from?.text ?? from.join(', '),
            to: recipients.join(', '),
            subject: mail.subject ?? '',
            body: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : null,
            receivedAt,
            messageId: mail.messageId ?? null,
            imapKey,
            relatedTo: match ?? undefined,
          } as never,
          overrideAccess: true,
          depth: 0,
        })
        const activity = await logOnTimeline(
          payload,
          { id: created.id, owner: mailbox.owner, tenant, relatedTo: match },
          {
            subject: mail.subject ?? '',
            at: receivedAt,
            outcome: `← ${from.join(', ')}`,
          },
        )
        if (activity != null)
          await payload.update({
            collection: 'email-messages',
            id: created.id,
            data: { activity } as never,
            overrideAccess: true,
            depth: 0,
          })
        imported++
      } catch (error) {
        // Another poller stored it first (the unique index): it is imported, which is all that matters.
        const again = await payload.count({
          collection: 'email-messages',
          where: { and: [{ mailbox: { equals: mailbox.id } }, { imapKey: { equals: imapKey } }] },
          overrideAccess: true,
        })
        if (again.totalDocs === 0) throw error
      }
    }
    lastUid = Math.max(lastUid, uid)
  }
  await payload.update({
    collection: 'mailboxes',
    id: mailbox.id,
    data: {
      imapUidValidity: uidValidity,
      imapLastUid: lastUid,
      lastPolledAt: new Date().toISOString(),
      lastPollError: null,
    } as never,
    overrideAccess: true,
    depth: 0,
    context: { mailboxPoll: true },
  })
  return { imported, skipped: fetched.length - imported }
}
