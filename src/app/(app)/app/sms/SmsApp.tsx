'use client'
import { useCallback, useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from '../mail/mail.module.css'
import { fill, STATUS_TEXTS, smsTexts } from './texts'

const PAGE_SIZE = 20
type Batch = { id: string | number; status: string; total?: number; prepared?: number; skipped?: number; error?: string | null }
type Message = {
  id: string | number
  recordLabel?: string
  number?: string | null
  status: string
  attempts?: number
  error?: string | null
}
type Props = { language: 'en' | 'zh'; initial: { entity: string; record: string | null; batch: string | null } }

/** Compose (text, recipients, schedule, priority), then the batch: its progress and each recipient's status. */
export function SmsApp({ language, initial }: Props) {
  const t = smsTexts[language]
  const [entity, setEntity] = useState(initial.entity)
  const [source, setSource] = useState<'records' | 'savedView'>(initial.record ? 'records' : 'savedView')
  const [views, setViews] = useState<{ id: string | number; label: string }[]>([])
  const [savedView, setSavedView] = useState('')
  const [text, setText] = useState('')
  const [dueAt, setDueAt] = useState('')
  const [priority, setPriority] = useState(5)
  const [problems, setProblems] = useState<string[]>([])
  const [batchId, setBatchId] = useState<string | null>(initial.batch)
  const [batch, setBatch] = useState<Batch | null>(null)
  const [page, setPage] = useState(1)
  const [messages, setMessages] = useState<{ docs: Message[]; totalPages: number }>({ docs: [], totalPages: 1 })

  useEffect(() => {
    void api(`/saved-views?where[entity][equals]=${entity}&limit=100&depth=0&sort=label`).then((res) =>
      setViews(res.status === 200 ? res.body.docs : []),
    )
  }, [entity])

  const load = useCallback(async () => {
    if (!batchId) return
    const [b, m] = await Promise.all([
      api(`/sms-batches/${batchId}?depth=0`),
      api(`/sms-messages?where[batch][equals]=${batchId}&sort=id&limit=${PAGE_SIZE}&page=${page}&depth=0`),
    ])
    if (b.status === 200) setBatch(b.body)
    if (m.status === 200) setMessages({ docs: m.body.docs, totalPages: Math.max(1, m.body.totalPages) })
  }, [batchId, page])

  useEffect(() => {
    void load()
    // Statuses change as the jobs and the gateway's receipts arrive: look again while the page is open.
    const timer = setInterval(() => void load(), 3000)
    return () => clearInterval(timer)
  }, [load])

  const send = async () => {
    setProblems([])
    const data = {
      channel: 'sms',
      entity,
      text,
      source,
      records:
        source === 'records' && initial.record ? [/^\d+$/.test(initial.record) ? Number(initial.record) : initial.record] : [],
      // Ids are numbers on SQLite and PostgreSQL: a relationship refuses the string a <select> gives.
      savedView: source === 'savedView' && savedView ? (/^\d+$/.test(savedView) ? Number(savedView) : savedView) : null,
      dueAt: dueAt ? new Date(dueAt).toISOString() : null,
      priority,
    }
    const created = await api('/sms-batches', { method: 'POST', body: JSON.stringify(data) })
    if (created.status !== 201) {
      const p = problemsOf(created.body)
      setProblems([...p.fields.map((f) => `${f.path}: ${f.message}`), ...p.general])
      return
    }
    const id = String(created.body.doc.id)
    const sent = await api(`/sms-batches/${id}/send`, { method: 'POST', body: '{}' })
    if (sent.status !== 202) {
      const p = problemsOf(sent.body)
      setProblems([...p.fields.map((f) => `${f.path}: ${f.message}`), ...p.general])
    }
    setBatchId(id)
    setPage(1)
  }

  const status = (value: string) => STATUS_TEXTS[language][value] ?? value

  return (
    <div className={styles.main}>
      <h1 className={styles.heading}>{t.title}</h1>
      <form
        className={styles.compose}
        onSubmit={(e) => {
          e.preventDefault()
          void send()
        }}
      >
        <label>
          {t.entity}
          <select value={entity} onChange={(e) => setEntity(e.target.value)} name="entity">
            <option value="contacts">{t.contacts}</option>
            <option value="leads">{t.leads}</option>
            <option value="accounts">{t.accounts}</option>
          </select>
        </label>
        <label>
          {t.source}
          <select value={source} onChange={(e) => setSource(e.target.value as 'records' | 'savedView')} name="source">
            {initial.record ? <option value="records">{t.record}</option> : null}
            <option value="savedView">{t.savedView}</option>
          </select>
        </label>
        {source === 'savedView' ? (
          <label>
            {t.savedView}
            <select value={savedView} onChange={(e) => setSavedView(e.target.value)} name="savedView">
              <option value="">{t.chooseView}</option>
              {views.map((v) => (
                <option key={v.id} value={String(v.id)}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t.text}
          <textarea value={text} onChange={(e) => setText(e.target.value)} name="text" rows={4} maxLength={1000} />
        </label>
        <label>
          {t.dueAt}
          <input type="datetime-local" value={dueAt} onChange={(e) => setDueAt(e.target.value)} name="dueAt" />
        </label>
        <label>
          {t.priority}
          <input
            type="number"
            min={1}
            max={9}
            value={priority}
            onChange={(e) => setPriority(Number(e.target.value))}
            name="priority"
          />
        </label>
        {problems.map((p) => (
          <p key={p} className={styles.problem} role="alert">
            {p}
          </p>
        ))}
        <button type="submit" className={styles.primary}>
          {t.send}
        </button>
      </form>
      {batch ? (
        <section aria-label={t.batch}>
          <h2 className={styles.heading}>
            {t.batch} #{batch.id}: <span data-testid="batch-status">{status(batch.status)}</span>
          </h2>
          <p className={styles.hint}>
            {fill(t.progress, { prepared: batch.prepared ?? 0, total: batch.total ?? 0, skipped: batch.skipped ?? 0 })}
          </p>
          {batch.error ? <p className={styles.problem}>{batch.error}</p> : null}
          <table>
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
                  <td>{status(m.status)}</td>
                  <td>{m.attempts ?? 0}</td>
                  <td>{m.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={styles.pager}>
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t.previous}
            </button>
            <span>
              {page} / {messages.totalPages}
            </span>
            <button type="button" disabled={page >= messages.totalPages} onClick={() => setPage(page + 1)}>
              {t.next}
            </button>
          </div>
          <a href={`/api/sms-batches/${batch.id}/skipped`}>{t.skippedCsv}</a>
        </section>
      ) : null}
    </div>
  )
}
