import type { TaskConfig } from 'payload'
import { pollMailbox } from '../../email/imap/pollMailbox'
import type { MailboxRow } from '../../email/mailboxes/transports'

/** Every minute, import new mail of every mailbox with an IMAP server; a mailbox's error stays on it. */
export const pollMailboxes: TaskConfig<'pollMailboxes'> = {
  slug: 'pollMailboxes',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'imported', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => {
    let imported = 0
    let failed = 0
    for (let page = 1; ; page++) {
      const result = await req.payload.find({
        collection: 'mailboxes',
        where: { imapHost: { exists: true } },
        sort: 'id',
        limit: 50,
        page,
        depth: 0,
        overrideAccess: true,
      })
      for (const mailbox of result.docs as unknown as MailboxRow[]) {
        if (!mailbox.imapHost) continue
        try {
          imported += (await pollMailbox(req.payload, mailbox)).imported
        } catch (error) {
          failed++
          await req.payload.update({
            collection: 'mailboxes',
            id: mailbox.id,
            data: {
              lastPolledAt: new Date().toISOString(),
              lastPollError: String((error as Error).message ?? error).slice(0, 2000),
            } as never,
            overrideAccess: true,
            depth: 0,
          })
        }
      }
      if (!result.hasNextPage) break
    }
    return { output: { imported, failed } }
  },
}
