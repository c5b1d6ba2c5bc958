import type { TaskConfig } from 'payload'
import { deliver, smtpTransport } from '../../email/outboxEmailAdapter'

export const MAX_EMAIL_ATTEMPTS = 8

/** Every five minutes, send again what SMTP refused, and what was kept before SMTP was configured. */
export const retryOutbox: TaskConfig<'retryOutbox'> = {
  slug: 'retryOutbox',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const transport = smtpTransport()
    if (!transport) return { output: { sent: 0, failed: 0 } }
    const { docs } = await req.payload.find({
      collection: 'outbox',
      where: { and: [{ status: { in: ['failed', 'kept'] } }, { attempts: { less_than: MAX_EMAIL_ATTEMPTS } }] },
      sort: 'createdAt',
      limit: 50,
      depth: 0,
      overrideAccess: true,
    })
    let sent = 0
    for (const row of docs) if ((await deliver(req.payload, transport, row.id)).status === 'sent') sent++
    return { output: { sent, failed: docs.length - sent } }
  },
}
