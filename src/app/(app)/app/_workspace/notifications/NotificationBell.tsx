'use client'
import { useEffect, useState } from 'react'
import styles from '../workspace.module.css'
import { notificationTexts } from './texts'

const UNREAD = '/api/notifications?where[readAt][exists]=false&limit=1&depth=0'

/** The bell in the workspace header: the unread count (refreshed every minute), opening the list. */
export function NotificationBell({ language }: { language: 'en' | 'zh' }) {
  const t = notificationTexts[language]
  const [unread, setUnread] = useState(0)
  useEffect(() => {
    let alive = true
    const load = () =>
      fetch(UNREAD, { credentials: 'include' })
        .then((res) => (res.ok ? res.json() : null))
        .then((body) => {
          if (alive && body) setUnread(Number(body.totalDocs ?? 0))
        })
        .catch(() => undefined)
    void load()
    const timer = setInterval(load, 60_000)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [])
  const label = unread > 0 ? `${t.bell} (${t.unread(unread)})` : t.bell
  return (
    <a href="/app/notifications" className={styles.bell} aria-label={label} title={label} data-testid="notification-bell">
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className={styles.bellCount} data-testid="notification-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </a>
  )
}
