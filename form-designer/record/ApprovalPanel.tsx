'use client'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { api, problemsOf } from '../lists/api'
import { ApprovalSteps } from './ApprovalSteps'
import styles from './approval.module.css'
import { approvalTexts } from './approvalTexts'
import type { ApprovalView, Labels } from './approvalTypes'

type State = {
  request: ApprovalView | null
  processes: { key: string; label: Labels }[]
  maySubmit: boolean
  colleagues: { id: string; name: string }[]
}
type Props = { entity: string; id: string; language: 'en' | 'zh'; onChanged: () => void }

/**
 * A record's approval on its page: submit it when a process applies; while pending, the steps with each
 * approver's answer and, for the current approver, approve / reject (to the submitter or an earlier
 * step) / add an approver / hand over, each with a comment; the history. Every answer carries the
 * version the page showed, so a double click counts once.
 */
export function ApprovalPanel({ entity, id, language, onChanged }: Props) {
  const t = useMemo(() => approvalTexts(language), [language])
  const [state, setState] = useState<State | null>(null)
  const [process, setProcess] = useState('')
  const [comment, setComment] = useState('')
  const [rejectTo, setRejectTo] = useState('')
  const [colleague, setColleague] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const load = useCallback(
    () => api(`/approvals/record/${entity}/${id}`).then((r) => setState(r.status === 200 ? r.body : null)),
    [entity, id],
  )
  useEffect(() => {
    load()
  }, [load])
  if (!state || (!state.request && state.processes.length === 0)) return null
  const label = (l: Labels) => l[language] ?? l.en ?? l.zh ?? ''
  const request = state.request
  const send = async (path: string, body: Record<string, unknown>) => {
    setBusy(true)
    setProblem(null)
    const res = await api(path, { method: 'POST', body: JSON.stringify(body) })
    setBusy(false)
    if (res.status !== 200 && res.status !== 201) {
      const p = problemsOf(res.body)
      setProblem([...p.fields.map((f) => f.message), ...p.general].join(' '))
      return load()
    }
    setComment('')
    setColleague('')
    setRejectTo('')
    await load()
    // The record's lock (or status) changed: the form reloads it.
    onChanged()
  }
  const submit = () => send('/approvals/submit', { entity, id, ...(process ? { process } : {}) })
  const decide = (action: string, extra: Record<string, unknown> = {}) =>
    request && send(`/approvals/${request.id}/decide`, { action, comment, version: request.version, ...extra })
  return (
    <section className={styles.panel} aria-label={t('title')} data-approval-status={request?.status ?? 'none'}>
      <header className={styles.head}>
        <strong>
          {t('title')}
          {request ? ` · ${label(request.processName)}` : ''}
        </strong>
        {request ? (
          <span className={`${styles.badge} ${styles[`badge_${request.status}`]}`} data-status={request.status}>
            {t(request.status)}
          </span>
        ) : null}
      </header>
      {request?.status === 'pending' ? <p className={styles.locked}>{t('locked')}</p> : null}
      {request ? <ApprovalSteps request={request} t={t} language={language} /> : null}
      {request?.mayAnswer ? (
        <div className={styles.answer}>
          <textarea
            aria-label={t('comment')}
            placeholder={t('comment')}
            value={comment}
            rows={2}
            onChange={(e) => setComment(e.target.value)}
            className={styles.input}
          />
          <div className={styles.buttons}>
            <button type="button" className={styles.primary} disabled={busy} onClick={() => decide('approve')}>
              {t('approve')}
            </button>
            <span className={styles.group}>
              <select
                aria-label={t('rejectTo')}
                value={rejectTo}
                onChange={(e) => setRejectTo(e.target.value)}
                className={styles.select}
              >
                <option value="">{t('rejectToSubmitter')}</option>
                {request.earlierSteps.map((s) => (
                  <option key={s.key} value={s.key}>
                    {t('rejectToStep', { step: label(s.label) })}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className={styles.danger}
                disabled={busy}
                onClick={() => decide('reject', rejectTo ? { toStep: rejectTo } : {})}
              >
                {t('reject')}
              </button>
            </span>
            <span className={styles.group}>
              <select
                aria-label={t('colleague')}
                value={colleague}
                onChange={(e) => setColleague(e.target.value)}
                className={styles.select}
              >
                <option value="">{t('choose')}</option>
                {state.colleagues.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <button type="button" disabled={busy || !colleague} onClick={() => decide('addApprover', { user: colleague })}>
                {t('addApprover')}
              </button>
              <button type="button" disabled={busy || !colleague} onClick={() => decide('handOver', { user: colleague })}>
                {t('handOver')}
              </button>
            </span>
          </div>
        </div>
      ) : null}
      {request?.mayWithdraw ? (
        <div className={styles.buttons}>
          <button type="button" disabled={busy} onClick={() => decide('withdraw')}>
            {t('withdraw')}
          </button>
        </div>
      ) : null}
      {state.maySubmit ? (
        <div className={styles.buttons}>
          {state.processes.length > 1 ? (
            <select
              aria-label={t('process')}
              value={process}
              onChange={(e) => setProcess(e.target.value)}
              className={styles.select}
            >
              {state.processes.map((p) => (
                <option key={p.key} value={p.key}>
                  {label(p.label)}
                </option>
              ))}
            </select>
          ) : null}
          <button type="button" className={styles.primary} disabled={busy} onClick={submit}>
            {t('submit')}
            {state.processes.length === 1 ? ` · ${label(state.processes[0].label)}` : ''}
          </button>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
    </section>
  )
}
