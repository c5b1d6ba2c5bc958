'use client'
import { useCallback, useEffect, useState } from 'react'
import styles from '../workspace.module.css'
import { notificationTexts } from './texts'

type Notice = {
  id: string | number
  kind: string
  textZh: string
  textEn: string
  entity?: string | null
  record?: string | null
  readAt?: string | null
  createdAt: string
}
type Page = { docs: Notice[]; page: number; totalPages: number; totalDocs: number }

const PAGE_SIZE = 20
const patch = (url: string) =>
  fetch(url, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ readAt: new Date().toISOString() }),
  })

/** The signed-in user's notifications, newest first, a page at a time; opening one marks it read. */
export function NotificationList({ language }: { language: 'en' | 'zh' }) {
  const t = notificationTexts[language]
  const [page, setPage] = useState(1)
  const [data, setData] = useState<Page | null>(null)
  const [failed, setFailed] = useState(false)
  const load = useCallback(async () => {
    const res = await fetch(`/api/notifications?sort=-createdAt&limit=${PAGE_SIZE}&page=${page}&depth=0`, {
      credentials: 'include',
    })
    if (!res.ok) return setFailed(true)
    setFailed(false)
    setData((await res.json()) as Page)
  }, [page])
  useEffect(() => {
    void load()
  }, [load])

  const open = async (notice: Notice) => {
    if (!notice.readAt) await patch(`/api/notifications/${notice.id}`)
    if (notice.entity && notice.record) window.location.assign(`/app/${notice.entity}/${notice.record}`)
    else await load()
  }
  const markAll = async () => {
    await patch('/api/notifications?where[readAt][exists]=false')
    window.location.reload()
  }
  const when = (iso: string) =>
    new Date(iso).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <section className={styles.notices} aria-labelledby="notices-title">
      <div className={styles.noticesHead}>
        <h1 id="notices-title">{t.title}</h1>
        <button type="button" className={styles.noticeButton} onClick={markAll} disabled={!data?.docs.some((d) => !d.readAt)}>
          {t.markAll}
        </button>
      </div>
      {failed && <p role="alert">{t.failed}</p>}
      {data && data.docs.length === 0 && <p>{t.empty}</p>}
      <ul className={styles.noticeList}>
        {data?.docs.map((notice) => (
          <li key={notice.id}>
            <button
              type="button"
              className={notice.readAt ? styles.notice : styles.noticeUnread}
              onClick={() => open(notice)}
              data-testid="notification"
            >
              <span className={styles.noticeKind}>{t.kinds[notice.kind] ?? notice.kind}</span>
              <span className={styles.noticeText}>{language === 'zh' ? notice.textZh : notice.textEn}</span>
              <span className={styles.noticeMeta}>
                {!notice.readAt && <strong className={styles.noticeNew}>{t.newBadge}</strong>}
                <time dateTime={notice.createdAt}>{when(notice.createdAt)}</time>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {data && data.totalPages > 1 && (
        <nav className={styles.noticePager} aria-label={t.title}>
          <button type="button" className={styles.noticeButton} disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t.previous}
          </button>
          <span>{t.page(data.page, data.totalPages)}</span>
          <button
            type="button"
            className={styles.noticeButton}
            disabled={page >= data.totalPages}
            onClick={() => setPage(page + 1)}
          >
            {t.next}
          </button>
        </nav>
      )}
    </section>
  )
}
