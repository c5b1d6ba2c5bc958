'use client'
import { useCallback, useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from './sms.module.css'
import { fill, STATUS_TEXTS, smsTexts } from './texts'

const PAGE_SIZE = 20
const RUNNING = ['draft', 'preparing', 'queued', 'sending']
type Batch = {
  id: string | number
  text: string
  status: string
  total?: number
  prepared?: number
  skipped?: number
  error?: string | null
  origin?: string
}
type Message = {
  id: string | number
  recordLabel?: string
  number?: string | null
  status: string
  attempts?: number
  error?: string | null
}
type Props = { language: 'en' | 'zh'; id: string; onChanged: () => void }

/** One batch: its progress, each recipient's status (paged, kept current), the skipped ones as CSV, and cancel. */
export function BatchDetail({ language, id, onChanged }: Props) {
  const t = smsTexts[language]
  const [batch, setBatch] = useState<Batch | null>(null)
  const [page, setPage] = useState(1)
  const [messages, setMessages] = useState<{ docs: Message[]; totalPages: number }>({ docs: [], totalPages: 1 })
  const [note, setNote] = useState<{ text: string; problem: boolean } | null>(null)

  useEffect(() => {
    setPage(1)
    setNote(null)
  }, [id])

  const load = useCallback(async () => {
    const [b, m] = await Promise.all([
      api(`/sms-batches/${id}?depth=0`),
      api(`/sms-messages?where[batch][equals]=${id}&sort=id&limit=${PAGE_SIZE}&page=${page}&depth=0`),
    ])
    if (b.status === 200) setBatch(b.body)
    if (m.status === 200) setMessages({ docs: m.body.docs, totalPages: Math.max(1, m.body.totalPages) })
  }, [id, page])

  useEffect(() => {
    void load()
    // Statuses change as the jobs and the gateway's receipts arrive: look again while the page is open.
    const timer = setInterval(() => void load(), 3000)
    return () => clearInterval(timer)
  }, [load])

  const cancel = async () => {
    if (!window.confirm(t.cancelConfirm)) return
    const res = await api(`/sms-batches/${id}/cancel`, { method: 'POST', body: '{}' })
    if (res.status === 200) setNote({ text: fill(t.cancelled, { count: res.body.cancelled }), problem: false })
    else {
      const p = problemsOf(res.body)
      setNote({ text: [...p.fields.map((f) => f.message), ...p.general].join(' '), problem: true })
    }
    onChanged()
    await load()
  }

  // The list beside shows each batch's status too: tell it when this one's changes (prepared, done).
  const shown = batch?.status
  useEffect(() => {
    if (shown) onChanged()
  }, [shown])

  if (!batch) return <section className={styles.detail} aria-busy="true" />
  const status = (value: string) => STATUS_TEXTS[language][value] ?? value
  const total = batch.total ?? 0
  const done = total > 0 ? Math.round(((batch.prepared ?? 0) / total) * 100) : batch.status === 'preparing' ? 0 : 100
  return (
    <section className={styles.detail} aria-label={`${t.batch} #${batch.id}`}>
      <div className={styles.detailHead}>
        <h2>
          {t.batch} #{batch.id}{' '}
          <span className={styles.chip} data-status={batch.status} data-testid="batch-status">
            {status(batch.status)}
          </span>
        </h2>
        {RUNNING.includes(batch.status) ? (
          <button type="button" className={styles.danger} onClick={() => void cancel()}>
            {t.cancel}
          </button>
        ) : null}
      </div>
      <div className={styles.progress} role="progressbar" aria-valuenow={done} aria-valuemin={0} aria-valuemax={100}>
        <span style={{ width: `${done}%` }} />
      </div>
      <p className={styles.hint}>
        {fill(t.progress, { prepared: batch.prepared ?? 0, total, skipped: batch.skipped ?? 0 })}
        {batch.origin === 'care' ? ` · ${t.origin_care}` : ''}
      </p>
      {note ? (
        <p className={note.problem ? styles.problem : styles.hint} role={note.problem ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
      {batch.error ? <p className={styles.problem}>{batch.error}</p> : null}
      <p className={styles.quote}>{batch.text}</p>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="batch-messages">
          <thead>
            <tr>
              <th>{t.name}</th>
              <th>{t.number}</th>
              <th>{t.status}</th>
              <th>{t.attempts}</th>
              <th>{t.error}</th>
            </tr>
          </thead>
          <tbody>
            {messages.docs.map((m) => (
              <tr key={m.id} data-status={m.status}>
                <td>{m.recordLabel}</td>
                <td>{m.number ?? '—'}</td>
                <td>
                  <span className={styles.chip} data-status={m.status}>
                    {status(m.status)}
                  </span>
                </td>
                <td>{m.attempts ?? 0}</td>
                <td>{m.error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.pager}>
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t.previous}
        </button>
        <span>{`${page} / ${messages.totalPages}`}</span>
        <button type="button" disabled={page >= messages.totalPages} onClick={() => setPage(page + 1)}>
          {t.next}
        </button>
        <a href={`/api/sms-batches/${batch.id}/skipped`}>{t.skippedCsv}</a>
      </div>
    </section>
  )
}
