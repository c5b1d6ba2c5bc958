'use client'
import { useEffect, useState } from 'react'
import styles from './calls.module.css'
import type { CallTexts } from './texts'

const STATUSES = ['available', 'busy', 'offline'] as const

/**
 * The agent's status in the header; `refreshKey` changes when a call may have changed it (busy on answer).
 * `data-listening` says whether screen pops can arrive (the stream is open).
 */
export function AgentStatusSelect({ t, refreshKey, listening }: { t: CallTexts; refreshKey: string; listening: boolean }) {
  const [status, setStatus] = useState<string>('offline')
  useEffect(() => {
    fetch('/api/cti/agent-status', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => body?.status && setStatus(body.status))
      .catch(() => undefined)
  }, [refreshKey])
  const change = async (next: string) => {
    const previous = status
    setStatus(next)
    const res = await fetch('/api/cti/agent-status', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: next }),
    }).catch(() => null)
    if (!res?.ok) setStatus(previous)
  }
  return (
    <label className={styles.status} data-status={status} data-listening={listening}>
      <span className={styles.dot} aria-hidden="true" />
      <span className={styles.visuallyHidden}>{t.status}</span>
      <select value={status} onChange={(e) => void change(e.target.value)} aria-label={t.status} data-testid="agent-status">
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t.statuses[s]}
          </option>
        ))}
      </select>
    </label>
  )
}
