'use client'
import { useEffect, useMemo, useState } from 'react'
import { api } from '../../lists/api'
import styles from '../page/page.module.css'

type Receipts = {
  read: number
  total: number
  page: number
  totalPages: number
  people: { id: string | number; name: string; readAt: string | null }[]
}

const texts = {
  en: { title: 'Read receipts', count: '{{read}} of {{total}} have read it', unread: 'Not read yet', more: 'More' },
  zh: { title: '已读回执', count: '已读 {{read}} / {{total}} 人', unread: '未读', more: '更多' },
}

/**
 * An announcement's page: opening it is reading it (the receipt is stored once), and whoever may edit
 * it sees who of its audience has read it and who has not, page by page.
 */
export function AnnouncementReceipts({ id, language }: { id: string; language: 'en' | 'zh' }) {
  const t = texts[language]
  const [receipts, setReceipts] = useState<Receipts | null>(null)
  const [page, setPage] = useState(1)
  const time = useMemo(
    () => new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }),
    [language],
  )

  useEffect(() => {
    api(`/announcements/${id}/read`, { method: 'POST', body: '{}' }).then(() =>
      api(`/announcements/${id}/receipts?page=${page}`).then(({ status, body }) => {
        if (status === 200) setReceipts((r) => (r && page > 1 ? { ...body, people: [...r.people, ...body.people] } : body))
      }),
    )
  }, [id, page])

  if (!receipts) return null
  return (
    <section className={styles.card} aria-label={t.title} data-receipts>
      <h2>{t.title}</h2>
      <p>{t.count.replace('{{read}}', String(receipts.read)).replace('{{total}}', String(receipts.total))}</p>
      <ul>
        {receipts.people.map((p) => (
          <li key={p.id}>
            {p.name} · {p.readAt ? time.format(new Date(p.readAt)) : <strong>{t.unread}</strong>}
          </li>
        ))}
      </ul>
      {receipts.page < receipts.totalPages ? (
        <button type="button" className={styles.button} onClick={() => setPage(page + 1)}>
          {t.more}
        </button>
      ) : null}
    </section>
  )
}
