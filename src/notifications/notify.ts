import type { PayloadRequest } from 'payload'
import type { Labels } from '../customFields/layout/types'

export type NotificationKind = 'reminder' | 'escalation' | 'approval' | 'assignment' | 'mention' | 'poolReturn' | 'info'

export type Notice = {
  tenant: string | number
  kind: NotificationKind
  /** What the recipient reads, in both languages; their language picks one. */
  text: Labels
  /** The record it concerns, opened when the notification is clicked. */
  entity?: string
  record?: string | number
  /**
   * Makes the notice idempotent: a second notice with the same key for the same user is dropped, so a
   * job retried after a crash does not notify twice.
   */
  key?: string
}

/**
 * Stores one in-app notification per recipient (unread), in the caller's transaction, so a notice is
 * written with the change that caused it or not at all.
 */
export async function notify(req: PayloadRequest, users: (string | number)[], notice: Notice): Promise<number> {
  let created = 0
  for (const user of new Set(users.map(String))) {
    const dedupeKey = notice.key ? `${notice.key}:${user}` : null
    if (dedupeKey) {
      const seen = await req.payload.count({
        collection: 'notifications',
        where: { dedupeKey: { equals: dedupeKey } },
        overrideAccess: true,
        req,
      })
      if (seen.totalDocs > 0) continue
    }
    await req.payload.create({
      collection: 'notifications',
      data: {
        tenant: notice.tenant,
        user: Number.isNaN(Number(user)) ? user : Number(user),
        kind: notice.kind,
        textZh: notice.text.zh ?? notice.text.en ?? '',
        textEn: notice.text.en ?? notice.text.zh ?? '',
        entity: notice.entity ?? null,
        record: notice.record == null ? null : String(notice.record),
        dedupeKey,
      },
      overrideAccess: true,
      req,
    })
    created++
  }
  return created
}
