'use client'
import { useCallback, useEffect, useState } from 'react'
import { api, problemsOf } from '../../lists/api'
import styles from './page.module.css'
import type { PageText } from './texts'

type Plan = {
  status: 'draft' | 'submitted' | 'approved' | 'returned'
  owner?: string | number | { id: string | number }
  reviews?: { id?: string; verdict: 'approved' | 'returned'; comment?: string | null; at: string }[]
}
type Props = { id: string; t: PageText; statusLabels: Record<string, string>; onChanged: () => void }
const idOf = (v: Plan['owner']) => (v != null && typeof v === 'object' ? v.id : v)
type Message = { ok: boolean; text: string }
/** The outcome of the last move per plan: the page reloads the form after a move, which mounts this anew. */
const outcomes = new Map<string, Message>()

/**
 * A plan's own actions: its author hands it in; a reviewer approves it or returns it with a comment.
 * Which ones show follows the plan's status and who is looking; the server decides in the end.
 */
export function PlanReview({ id, t, statusLabels, onChanged }: Props) {
  const [plan, setPlan] = useState<Plan | null>(null)
  const [me, setMe] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message | null>(() => {
    const kept = outcomes.get(id) ?? null
    outcomes.delete(id)
    return kept
  })

  const load = useCallback(async () => {
    const [doc, user] = await Promise.all([api(`/work-plans/${id}?depth=0`), api('/users/me')])
    if (doc.status === 200) setPlan(doc.body)
    if (user.status === 200) setMe(String(user.body.user?.id ?? ''))
  }, [id])
  useEffect(() => {
    load()
  }, [load])

  const post = async (path: string, body: unknown, ok: string) => {
    setBusy(true)
    setMessage(null)
    const res = await api(`/work-plans/${id}/${path}`, { method: 'POST', body: JSON.stringify(body) })
    setBusy(false)
    if (res.status >= 300) {
      const p = problemsOf(res.body)
      return setMessage({
        ok: false,
        text: t('refused', { reason: [...p.fields.map((f) => f.message), ...p.general].join(' ') }),
      })
    }
    outcomes.set(id, { ok: true, text: ok })
    onChanged()
  }

  if (!plan) return null
  const mine = me != null && String(idOf(plan.owner)) === me
  return (
    <section className={styles.composer} aria-label={t('planReview')}>
      <p>
        <strong>{t('planStatus', { status: statusLabels[plan.status] ?? plan.status })}</strong>
      </p>
      {mine && (plan.status === 'draft' || plan.status === 'returned') ? (
        <div>
          <button type="button" className={styles.primary} disabled={busy} onClick={() => post('submit', {}, t('planSubmitted'))}>
            {t('planSubmit')}
          </button>
        </div>
      ) : null}
      {!mine && plan.status === 'submitted' ? (
        <>
          <label className={styles.field}>
            {t('planComment')}
            <textarea className={styles.input} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <div className={styles.actionsBar}>
            <button
              type="button"
              className={styles.primary}
              disabled={busy}
              onClick={() => post('review', { verdict: 'approved', comment }, t('planReviewed'))}
            >
              {t('planApprove')}
            </button>
            <button
              type="button"
              className={styles.button}
              disabled={busy}
              onClick={() => post('review', { verdict: 'returned', comment }, t('planReviewed'))}
            >
              {t('planReturn')}
            </button>
          </div>
        </>
      ) : null}
      {plan.reviews?.length ? (
        <div>
          <h3>{t('planReviews')}</h3>
          <ul>
            {plan.reviews.map((r, i) => (
              <li key={r.id ?? i}>
                <strong>{r.verdict === 'approved' ? t('planApprove') : t('planReturn')}</strong>
                {r.comment ? ` — ${r.comment}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {message ? <p className={message.ok ? styles.ok : styles.problem}>{message.text}</p> : null}
      </div>
    </section>
  )
}
