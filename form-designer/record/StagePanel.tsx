'use client'
import { useCallback, useEffect, useState } from 'react'
import { api, problemsOf } from '../lists/api'
import styles from './stage.module.css'

type Labels = { en?: string; zh?: string }
type Bar = {
  key: string
  label: string
  color?: string
  state: 'done' | 'current' | 'todo'
  final: boolean
  actions: { key: string; label: string; done: boolean }[]
}
type Way = { key: string; label: Labels; to: string; allowed: boolean; problems: { code: string; message: string }[] }
type Step = { id: string; at: string; from: string | null; to: string; comment?: string | null; user?: { name?: string } | null }
type State = {
  workflow: { key: string; label: Labels; field?: string } | null
  stage?: string
  bar?: Bar[]
  transitions?: Way[]
  history?: { docs: Step[]; totalDocs: number }
}

const texts = {
  en: {
    actions: 'To do in this stage',
    markDone: 'Mark done',
    comment: 'Comment (optional)',
    lossReason: 'Loss reason',
    history: 'History',
    done: 'done',
    open: 'to do',
    by: 'by',
  },
  zh: {
    actions: '本阶段待办',
    markDone: '标记完成',
    comment: '备注（可选）',
    lossReason: '丢单原因',
    history: '流转记录',
    done: '已完成',
    open: '未完成',
    by: '操作人',
  },
}

/**
 * A record's workflow on its page: the stage bar (done stages green), the current stage's required
 * actions, the transitions the user may take (the others with what stands in their way), and the history.
 * A move goes through the server's checks; its refusal is shown as given.
 */
type Props = {
  entity: string
  id: string
  language: 'en' | 'zh'
  onMoved: () => void
  /** Told which field holds the stage, so the form shows it without editing it. */
  onField?: (field: string, stages: { value: string; label: string }[]) => void
}

export function StagePanel({ entity, id, language, onMoved, onField }: Props) {
  const t = texts[language]
  const [state, setState] = useState<State | null>(null)
  const [comment, setComment] = useState('')
  const [lossReason, setLossReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const load = useCallback(
    () => api(`/workflow/${entity}/${id}?limit=10`).then((r) => setState(r.status === 200 ? r.body : { workflow: null })),
    [entity, id],
  )
  useEffect(() => {
    load()
  }, [load])
  const field = state?.workflow?.field
  const stages = JSON.stringify(state?.bar?.map((s) => ({ value: s.key, label: s.label })) ?? [])
  useEffect(() => {
    if (field) onField?.(field, JSON.parse(stages))
  }, [field, stages, onField])
  if (!state?.workflow || !state.bar) return null
  const label = (l: Labels) => l[language] ?? l.en ?? l.zh ?? ''
  const current = state.bar.find((s) => s.state === 'current')
  const nameOf = (key: string | null) => state.bar?.find((s) => s.key === key)?.label ?? key ?? '—'
  // An action is done by a completed activity of the record that names it (what a call log or visit report also does).
  const complete = async (action: { key: string; label: string }) => {
    setProblem(null)
    const res = await api('/activities', {
      method: 'POST',
      body: JSON.stringify({
        subject: action.label,
        type: 'task',
        status: 'done',
        workflowAction: action.key,
        relatedTo: { relationTo: entity, value: Number.isNaN(Number(id)) ? id : Number(id) },
      }),
    })
    if (res.status !== 201) {
      const p = problemsOf(res.body)
      return setProblem([...p.fields.map((f) => `${f.path}: ${f.message}`), ...p.general].join(' '))
    }
    await load()
  }
  const move = async (way: Way) => {
    setProblem(null)
    const res = await api(`/workflow/${entity}/${id}/transition`, {
      method: 'POST',
      body: JSON.stringify({ from: state?.stage ?? '', to: way.to, comment, ...(lossReason ? { lossReason } : {}) }),
    })
    if (res.status !== 200) {
      const p = problemsOf(res.body)
      return setProblem([...p.fields.map((f) => f.message), ...p.general].join(' '))
    }
    setComment('')
    setLossReason('')
    await load()
    onMoved()
  }
  return (
    <section className={styles.panel} aria-label={label(state.workflow.label)}>
      <ol className={styles.bar}>
        {state.bar.map((s) => (
          <li
            key={s.key}
            className={styles[s.state]}
            aria-current={s.state === 'current' ? 'step' : undefined}
            data-stage={s.key}
            data-state={s.state}
          >
            {s.label}
          </li>
        ))}
      </ol>
      {current && current.actions.length > 0 ? (
        <div className={styles.actions}>
          <strong>{t.actions}</strong>
          <ul>
            {current.actions.map((a) => (
              <li key={a.key} data-action={a.key} className={a.done ? styles.actionDone : undefined}>
                {a.done ? '✓' : '○'} {a.label} <span className={styles.muted}>({a.done ? t.done : t.open})</span>
                {a.done ? null : (
                  <button type="button" className={styles.markDone} onClick={() => complete(a)}>
                    {t.markDone}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.transitions && state.transitions.length > 0 ? (
        <div className={styles.ways}>
          <input
            aria-label={t.comment}
            placeholder={t.comment}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className={styles.input}
          />
          {state.transitions.some((w) => w.problems.some((p) => p.code === 'lossReason')) ? (
            <input
              aria-label={t.lossReason}
              placeholder={t.lossReason}
              value={lossReason}
              onChange={(e) => setLossReason(e.target.value)}
              className={styles.input}
            />
          ) : null}
          {state.transitions.map((w) => {
            const blocked = w.problems.filter((p) => !(p.code === 'lossReason' && lossReason.trim()))
            return (
              <button
                key={w.key}
                type="button"
                className={styles.way}
                disabled={blocked.length > 0}
                title={blocked.map((p) => p.message).join(' ')}
                aria-describedby={blocked.length > 0 ? `way-${w.key}` : undefined}
                onClick={() => move(w)}
              >
                {label(w.label)} → {nameOf(w.to)}
                {blocked.length > 0 ? (
                  <span id={`way-${w.key}`} className={styles.why}>
                    {blocked.map((p) => p.message).join(' ')}
                  </span>
                ) : null}
              </button>
            )
          })}
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      {state.history && state.history.docs.length > 0 ? (
        <details className={styles.history}>
          <summary>
            {t.history} ({state.history.totalDocs})
          </summary>
          <ol>
            {state.history.docs.map((h) => (
              <li key={h.id}>
                {new Date(h.at).toLocaleString(language === 'zh' ? 'zh-CN' : 'en')} · {nameOf(h.from)} → {nameOf(h.to)}
                {h.user?.name ? ` · ${t.by} ${h.user.name}` : ''}
                {h.comment ? ` · ${h.comment}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
