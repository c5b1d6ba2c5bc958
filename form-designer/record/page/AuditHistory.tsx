'use client'
import { useEffect, useState } from 'react'
import { api } from '../../lists/api'
import { formatTime } from './ActivityTimeline'
import styles from './page.module.css'
import type { PageText } from './texts'

type Entry = {
  id: string | number
  action: string
  createdAt: string
  reason?: string
  user?: { name?: string; email?: string } | null
  changes?: { field: string; before?: unknown; after?: unknown }[]
}
type Props = {
  entity: string
  id: string
  language: 'en' | 'zh'
  t: PageText
  fieldLabels: Record<string, string>
  actionLabels: Record<string, string>
}

const shown = (value: unknown): string => {
  if (value == null || value === '') return '∅'
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** The record's audit trail as the server gives it to this reader (masked values stay masked), ten at a time. */
export function AuditHistory({ entity, id, language, t, fieldLabels, actionLabels }: Props) {
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<{ docs: Entry[]; totalPages: number } | null>(null)
  useEffect(() => {
    api(`/audit-log/record/${entity}/${id}?page=${page}&limit=10`).then(({ status, body }) =>
      setResult(status === 200 ? body : { docs: [], totalPages: 0 }),
    )
  }, [entity, id, page])
  if (!result) return null
  if (result.docs.length === 0) return <p className={styles.muted}>{t('noHistory')}</p>
  return (
    <>
      <ol className={styles.timeline} aria-label={t('history')}>
        {result.docs.map((e) => (
          <li key={e.id} className={styles.event}>
            <div className={styles.eventHead}>
              <strong>{e.user && typeof e.user === 'object' ? (e.user.name ?? e.user.email) : t('someone')}</strong>
              <span>{actionLabels[e.action] ?? e.action}</span>
              <span className={styles.muted}>{formatTime(e.createdAt, language)}</span>
            </div>
            {e.reason ? <p className={styles.eventBody}>{e.reason}</p> : null}
            {e.action === 'update' || e.action === 'migrate' ? (
              <ul className={styles.change}>
                {(e.changes ?? []).map((c) => (
                  <li key={c.field}>
                    {fieldLabels[c.field] ?? c.field}: {shown(c.before)} → {shown(c.after)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {result.totalPages > 1 ? (
        <div className={styles.pager}>
          <button type="button" className={styles.button} disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('previous')}
          </button>
          <span className={styles.muted}>{t('page', { page, pages: result.totalPages })}</span>
          <button type="button" className={styles.button} disabled={page >= result.totalPages} onClick={() => setPage(page + 1)}>
            {t('next')}
          </button>
        </div>
      ) : null}
    </>
  )
}
