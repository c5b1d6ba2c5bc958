'use client'
import { useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import { type Preset, presetRange } from '../calls/periods'
import styles from './sms.module.css'
import { fill, STATUS_TEXTS, smsTexts } from './texts'

const PAGE_SIZE = 20
const PRESETS: Preset[] = ['today', 'week', 'month', 'lastMonth']
type Row = { sender: string | null; senderName: string | null; status: string; count: number }
type Answer = { docs: Row[]; totalPages: number; totalDocs: number }

/** What was sent by whom: message counts per sender and status over a period (`GET /api/sms/report`), paged. */
export function SmsReport({ language }: { language: 'en' | 'zh' }) {
  const t = smsTexts[language]
  const [preset, setPreset] = useState<Preset | 'custom'>('month')
  const [range, setRange] = useState(() => presetRange('month'))
  const [page, setPage] = useState(1)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    const query = new URLSearchParams({ from: range.from, to: range.to, page: String(page), limit: String(PAGE_SIZE) })
    void api(`/sms/report?${query}`).then((res) => {
      if (!current) return
      if (res.status !== 200) {
        const p = problemsOf(res.body)
        setAnswer(null)
        return setProblem([...p.fields.map((f) => f.message), ...p.general].join(' '))
      }
      setProblem(null)
      setAnswer(res.body)
    })
    return () => {
      current = false
    }
  }, [range.from, range.to, page])

  const choose = (p: Preset) => {
    setPreset(p)
    setRange(presetRange(p))
    setPage(1)
  }
  const edit = (key: 'from' | 'to', value: string) => {
    setPreset('custom')
    setRange((r) => ({ ...r, [key]: value }))
    setPage(1)
  }

  return (
    <section aria-label={t.tabReport}>
      <div className={styles.toolbar}>
        <fieldset className={styles.group}>
          {PRESETS.map((p) => (
            <button
              key={p}
              type="button"
              className={preset === p ? styles.choiceActive : styles.choice}
              aria-pressed={preset === p}
              onClick={() => choose(p)}
            >
              {t[p]}
            </button>
          ))}
        </fieldset>
        <label className={styles.field}>
          {t.from}
          <input type="date" name="from" value={range.from} onChange={(e) => edit('from', e.target.value)} />
        </label>
        <label className={styles.field}>
          {t.to}
          <input type="date" name="to" value={range.to} onChange={(e) => edit('to', e.target.value)} />
        </label>
      </div>
      <p className={styles.hint}>{t.reportHint}</p>
      {problem ? (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      ) : null}
      {answer && answer.docs.length === 0 ? <p className={styles.hint}>{t.noneInPeriod}</p> : null}
      {answer && answer.docs.length > 0 ? (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="sms-report">
            <thead>
              <tr>
                <th>{t.sender}</th>
                <th>{t.status}</th>
                <th>{t.count}</th>
              </tr>
            </thead>
            <tbody>
              {answer.docs.map((r) => (
                <tr key={`${r.sender}|${r.status}`}>
                  <td>{r.senderName ?? (r.sender == null ? t.noSender : `#${r.sender}`)}</td>
                  <td>
                    <span className={styles.chip} data-status={r.status}>
                      {STATUS_TEXTS[language][r.status] ?? r.status}
                    </span>
                  </td>
                  <td className={styles.number}>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {answer && answer.totalPages > 1 ? (
        <div className={styles.pager}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t.previous}
          </button>
          <span>{fill(t.page, { page, pages: answer.totalPages })}</span>
          <button type="button" disabled={page >= answer.totalPages} onClick={() => setPage(page + 1)}>
            {t.next}
          </button>
        </div>
      ) : null}
    </section>
  )
}
