import type { PayloadRequest } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { BUSINESS_COLLECTIONS } from '../../access/permissionedCollections'
import type { Id } from '../../access/types'
import { endOfDay } from '../charts/monthBuckets'

export type HomeItem = { entity: string; id: Id; title: string; detail?: string | null; at?: string | null }

export type HomeData = {
  tasks: HomeItem[]
  opportunities: HomeItem[]
  approvalsWaiting: number
  unread: {
    count: number
    latest: { id: Id; text: { zh: string; en: string }; entity?: string | null; record?: string | null }[]
  }
  recent: HomeItem[]
}

const FINAL_STAGES = ['won', 'lost']
const asUser = (req: PayloadRequest) => ({ overrideAccess: false, user: req.user, req, depth: 0 }) as const

/**
 * The first screen of the day: my open tasks due by the end of today (overdue first), my open
 * opportunities closing soonest, approvals waiting for me, unread notifications, and the records I
 * touched last. Each is one bounded query made as the user, so their access applies.
 */
export async function homeData(req: PayloadRequest, timeZone: string | null, now = new Date()): Promise<HomeData> {
  const me = (await getAccessContext(req))?.userId
  if (me == null) return { tasks: [], opportunities: [], approvalsWaiting: 0, unread: { count: 0, latest: [] }, recent: [] }
  const dayEnds = endOfDay(now, timeZone).toISOString()
  const [tasks, opportunities, approvals, unread, recent] = await Promise.all([
    req.payload.find({
      collection: 'tasks',
      where: {
        and: [{ assignee: { equals: me } }, { status: { in: ['open', 'in-progress'] } }, { dueAt: { less_than: dayEnds } }],
      },
      sort: 'dueAt',
      limit: 8,
      ...asUser(req),
    }),
    req.payload.find({
      collection: 'opportunities',
      where: { and: [{ owner: { equals: me } }, { stage: { not_in: FINAL_STAGES } }] },
      sort: 'expectedCloseDate',
      limit: 6,
      ...asUser(req),
    }),
    req.payload
      .count({
        collection: 'approval-requests',
        where: { and: [{ waitingFor: { equals: me } }, { status: { equals: 'pending' } }] },
        ...asUser(req),
      })
      .catch(() => ({ totalDocs: 0 })),
    req.payload.find({
      collection: 'notifications',
      where: { readAt: { exists: false } },
      sort: '-createdAt',
      limit: 5,
      ...asUser(req),
    }),
    req.payload
      .find({ collection: 'audit-log', where: { user: { equals: me } }, sort: '-createdAt', limit: 40, ...asUser(req) })
      .catch(() => ({ docs: [] })),
  ])
  return {
    tasks: (tasks.docs as unknown as { id: Id; subject: string; dueAt?: string | null }[]).map((t) => ({
      entity: 'tasks',
      id: t.id,
      title: t.subject,
      at: t.dueAt ?? null,
    })),
    opportunities: (
      opportunities.docs as unknown as { id: Id; name: string; amount?: string | null; expectedCloseDate?: string | null }[]
    ).map((o) => ({
      entity: 'opportunities',
      id: o.id,
      title: o.name,
      detail: o.amount ?? null,
      at: o.expectedCloseDate ?? null,
    })),
    approvalsWaiting: approvals.totalDocs,
    unread: {
      count: unread.totalDocs,
      latest: (unread.docs as unknown as { id: Id; textZh: string; textEn: string; entity?: string; record?: string }[]).map(
        (n) => ({
          id: n.id,
          text: { zh: n.textZh, en: n.textEn },
          entity: n.entity ?? null,
          record: n.record ?? null,
        }),
      ),
    },
    recent: await recentRecords(req, recent.docs as unknown as { entity: string; recordId: string; createdAt: string }[]),
  }
}

/** The last eight distinct business records of my audit trail that still exist and I may still read. */
async function recentRecords(req: PayloadRequest, entries: { entity: string; recordId: string; createdAt: string }[]) {
  const seen = new Map<string, { entity: string; id: string; at: string }>()
  for (const e of entries) {
    if (!(BUSINESS_COLLECTIONS as readonly string[]).includes(e.entity)) continue
    const key = `${e.entity}:${e.recordId}`
    if (!seen.has(key)) seen.set(key, { entity: e.entity, id: e.recordId, at: e.createdAt })
    if (seen.size === 8) break
  }
  const items: HomeItem[] = []
  for (const { entity, id, at } of seen.values()) {
    const doc = await req.payload.findByID({ collection: entity as 'accounts', id, ...asUser(req) }).catch(() => null)
    if (!doc) continue
    const titleField = req.payload.collections[entity as 'accounts'].config.admin?.useAsTitle ?? 'id'
    const title = (doc as unknown as Record<string, unknown>)[titleField]
    items.push({ entity, id, title: typeof title === 'string' && title ? title : `#${id}`, at })
  }
  return items
}
