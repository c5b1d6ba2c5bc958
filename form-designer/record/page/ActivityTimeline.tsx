'use client'
import { useCallback, useEffect, useState } from 'react'
import { relatedToWhere } from '../../../src/fields/relatedToWhere'
import { mentionParts } from '../../../src/followUps/mentions'
import { api } from '../../lists/api'
import { toSearchParams } from '../../model/list'
import styles from './page.module.css'
import type { PageText } from './texts'

type Activity = {
  id: string | number
  subject: string
  type: string
  status?: string
  startAt?: string
  createdAt: string
  outcome?: string
  owner?: { name?: string; email?: string } | null
}
type Props = {
  entity: string
  id: string
  language: 'en' | 'zh'
  t: PageText
  /** Changes when something was logged: the timeline starts again from the newest. */
  version: number
  typeLabels: Record<string, string>
}
const PAGE = 10

export const formatTime = (value: string | undefined, language: 'en' | 'zh') =>
  value ? new Date(value).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : ''

/** The text of an activity with its mentions shown as `@name`. */
export function WithMentions({ text }: { text: string }) {
  return (
    <>
      {mentionParts(text).map((part, i) =>
        'mention' in part ? (
          <span key={i} className={styles.mention}>
            @{part.mention.name}
          </span>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  )
}

/** The record's activities, newest first, a page at a time ("load more"). */
export function ActivityTimeline({ entity, id, language, t, version, typeLabels }: Props) {
  const [items, setItems] = useState<Activity[]>([])
  const [page, setPage] = useState(1)
  const [more, setMore] = useState(false)
  const [loading, setLoading] = useState(true)

  const load = useCallback(
    async (p: number) => {
      setLoading(true)
      const query = {
        where: relatedToWhere(entity, id),
        sort: '-startAt',
        limit: PAGE,
        page: p,
        depth: 1,
        select: { subject: true, type: true, status: true, startAt: true, createdAt: true, outcome: true, owner: true },
      }
      const { status, body } = await api(`/activities?${toSearchParams(query)}`)
      setLoading(false)
      if (status !== 200) return
      setItems((prev) => (p === 1 ? body.docs : [...prev, ...body.docs]))
      setMore(Boolean(body.hasNextPage))
      setPage(p)
    },
    [entity, id],
  )
  useEffect(() => {
    load(1)
  }, [load, version])

  if (!loading && items.length === 0) return <p className={styles.muted}>{t('noActivities')}</p>
  return (
    <>
      <ol className={styles.timeline} aria-label={t('timeline')}>
        {items.map((a) => (
          <li key={a.id} className={a.status === 'planned' ? `${styles.event} ${styles.eventPlanned}` : styles.event}>
            <div className={styles.eventHead}>
              <span className={styles.badge}>{typeLabels[a.type] ?? a.type}</span>
              <strong>{a.subject}</strong>
              {a.status === 'planned' ? <span className={styles.muted}>{t('planned')}</span> : null}
            </div>
            <div className={styles.muted}>
              {formatTime(a.startAt ?? a.createdAt, language)}
              {a.owner && typeof a.owner === 'object' ? ` · ${a.owner.name ?? a.owner.email ?? ''}` : ''}
            </div>
            {a.outcome ? (
              <p className={styles.eventBody}>
                <WithMentions text={a.outcome} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {more ? (
        <button type="button" className={styles.button} disabled={loading} onClick={() => load(page + 1)}>
          {t('loadMore')}
        </button>
      ) : null}
    </>
  )
}
