'use client'
import { useEffect, useMemo, useState } from 'react'
import styles from './calls.module.css'
import { duration, type Preset, presetRange } from './periods'
import { callsTexts } from './texts'

type Row = {
  key: string | null
  agentName?: string | null
  inbound: number
  outbound: number
  answered: number
  missed: number
  talkSeconds: number
  averageTalkSeconds: number
}
type Answer = { groupBy: 'agent' | 'day'; timeZone: string; rows: Row[] }
const PAGE = 20
const PRESETS: Preset[] = ['today', 'week', 'month', 'lastMonth']

/**
 * Calls by agent or by day over a period: inbound, outbound, answered, missed and talk time, with the
 * period's totals; from `GET /api/cti/stats` (one aggregate query), a page of rows at a time.
 */
export function CallStatsApp({ language }: { language: 'en' | 'zh' }) {
  // Stable across renders: the fetch below depends on it.
  const t = useMemo(() => callsTexts(language), [language])
  const [preset, setPreset] = useState<Preset | 'custom'>('week')
  const [range, setRange] = useState(() => presetRange('week'))
  const [groupBy, setGroupBy] = useState<'agent' | 'day'>('agent')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [page, setPage] = useState(1)

  useEffect(() => {
    let current = true
    setProblem(null)
    const query = new URLSearchParams({ from: range.from, to: range.to, groupBy })
    fetch(`/api/cti/stats?${query}`, { credentials: 'include' }).then(async (res) => {
      const body = await res.json().catch(() => ({}))
      if (!current) return
      if (!res.ok) {
        const fields = (body.errors ?? []).flatMap((e: { data?: { errors?: { message: string }[] }; message?: string }) =>
          e.data?.errors?.length ? e.data.errors.map((f) => f.message) : [e.message ?? ''],
        )
        setAnswer(null)
        return setProblem(t('failed', { reason: fields.join(' ') || String(res.status) }))
      }
      setAnswer(body)
      setPage(1)
    })
    return () => {
      current = false
    }
  }, [range.from, range.to, groupBy, t])

  const rows = answer?.rows ?? []
  const pages = Math.max(1, Math.ceil(rows.length / PAGE))
  const shown = rows.slice((page - 1) * PAGE, page * PAGE)
  const total = useMemo(
    () =>
      rows.reduce(
        (sum, r) => ({
          inbound: sum.inbound + r.inbound,
          outbound: sum.outbound + r.outbound,
          answered: sum.answered + r.answered,
          missed: sum.missed + r.missed,
          talkSeconds: sum.talkSeconds + r.talkSeconds,
        }),
        { inbound: 0, outbound: 0, answered: 0, missed: 0, talkSeconds: 0 },
      ),
    [rows],
  )
  const choose = (p: Preset) => {
    setPreset(p)
    setRange(presetRange(p))
  }
  const name = (r: Row) => (answer?.groupBy === 'agent' ? (r.agentName ?? (r.key == null ? t('noAgent') : r.key)) : r.key)

  return (
    <section aria-labelledby="calls-title">
      <h1 id="calls-title">{t('title')}</h1>
      <div className={styles.toolbar}>
        <fieldset className={styles.group} aria-label={t('period')}>
          {PRESETS.map((p) => (
            <button
              key={p}
              type="button"
              className={preset === p ? styles.choiceActive : styles.choice}
              aria-pressed={preset === p}
              onClick={() => choose(p)}
            >
              {t(p)}
            </button>
          ))}
        </fieldset>
        <label className={styles.field}>
          {t('from')}
          <input
            type="date"
            value={range.from}
            onChange={(e) => {
              setPreset('custom')
              setRange((r) => ({ ...r, from: e.target.value }))
            }}
          />
        </label>
        <label className={styles.field}>
          {t('to')}
          <input
            type="date"
            value={range.to}
            onChange={(e) => {
              setPreset('custom')
              setRange((r) => ({ ...r, to: e.target.value }))
            }}
          />
        </label>
        <fieldset className={styles.group} aria-label={t('groupBy')}>
          {(['agent', 'day'] as const).map((g) => (
            <button
              key={g}
              type="button"
              className={groupBy === g ? styles.choiceActive : styles.choice}
              aria-pressed={groupBy === g}
              onClick={() => setGroupBy(g)}
            >
              {g === 'agent' ? t('byAgent') : t('byDay')}
            </button>
          ))}
        </fieldset>
      </div>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      {!answer && !problem ? <p>{t('loading')}</p> : null}
      {answer && rows.length === 0 ? <p>{t('none')}</p> : null}
      {answer && rows.length > 0 ? (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="call-stats">
            <thead>
              <tr>
                <th scope="col">{answer.groupBy === 'agent' ? t('agent') : t('day')}</th>
                <th scope="col">{t('inbound')}</th>
                <th scope="col">{t('outbound')}</th>
                <th scope="col">{t('answered')}</th>
                <th scope="col">{t('missed')}</th>
                <th scope="col">{t('talk')}</th>
                <th scope="col">{t('average')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={String(r.key)}>
                  <th scope="row">{name(r)}</th>
                  <td>{r.inbound}</td>
                  <td>{r.outbound}</td>
                  <td>{r.answered}</td>
                  <td>{r.missed}</td>
                  <td>{duration(r.talkSeconds)}</td>
                  <td>{duration(r.averageTalkSeconds)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>{t('total')}</td>
                <td>{total.inbound}</td>
                <td>{total.outbound}</td>
                <td>{total.answered}</td>
                <td>{total.missed}</td>
                <td>{duration(total.talkSeconds)}</td>
                <td>{duration(total.answered ? Math.round(total.talkSeconds / total.answered) : 0)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav className={styles.pager} aria-label={t('page', { page, pages })}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('previous')}
          </button>
          <span>{t('page', { page, pages })}</span>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('next')}
          </button>
        </nav>
      ) : null}
      {answer ? <p className={styles.note}>{t('zone', { zone: answer.timeZone })}</p> : null}
    </section>
  )
}
