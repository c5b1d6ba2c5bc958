import type { PayloadRequest } from 'payload'
import { type Id, idOf } from '../../access/types'
import { notify } from '../../notifications/notify'
import { calendarMessage } from '../messages'

/** A reminder missed for longer than this (the worker was down) is not sent late. */
const GRACE_MS = 24 * 3_600_000
const PAGE = 200

/** The notice key of one event at one start time: moving the event gives a new key, so it re-arms. */
export const reminderKey = (id: Id, startAt: string) => `reminder:activities:${id}:${new Date(startAt).toISOString()}`

/**
 * Notifies the owner of every planned event whose reminder time has come and which has not started
 * yet. `notify`'s key makes a second run (or a retried job) send nothing twice.
 */
export async function sendDueReminders(req: PayloadRequest, now: Date): Promise<number> {
  const timeZones = new Map<string, string>()
  let sent = 0
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'activities',
      where: {
        and: [
          { remindAt: { less_than_equal: now.toISOString() } },
          { remindAt: { greater_than: new Date(now.getTime() - GRACE_MS).toISOString() } },
          { startAt: { greater_than: now.toISOString() } },
        ],
      },
      sort: 'remindAt',
      page,
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
      req,
      select: { subject: true, startAt: true, owner: true, tenant: true, status: true },
    })
    for (const doc of result.docs) {
      const d = doc as unknown as { id: Id; subject: string; startAt: string; owner?: unknown; tenant: unknown; status?: string }
      const owner = idOf(d.owner)
      const tenant = idOf(d.tenant)
      if (owner == null || tenant == null || d.status === 'cancelled' || d.status === 'done') continue
      const timeZone = await tenantTimeZone(req, tenant, timeZones)
      const time = (lang: 'zh' | 'en') =>
        new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(d.startAt),
        )
      sent += await notify(req, [owner], {
        tenant,
        kind: 'reminder',
        text: {
          zh: calendarMessage('zh', 'reminder', { subject: d.subject, time: time('zh') }),
          en: calendarMessage('en', 'reminder', { subject: d.subject, time: time('en') }),
        },
        entity: 'activities',
        record: d.id,
        key: reminderKey(d.id, d.startAt),
      })
    }
    if (!result.hasNextPage) return sent
  }
}

async function tenantTimeZone(req: PayloadRequest, tenant: Id, cache: Map<string, string>): Promise<string> {
  const known = cache.get(String(tenant))
  if (known) return known
  const doc = await req.payload
    .findByID({ collection: 'tenants', id: tenant, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  const zone = (doc as { timeZone?: string } | null)?.timeZone || 'Asia/Shanghai'
  cache.set(String(tenant), zone)
  return zone
}
