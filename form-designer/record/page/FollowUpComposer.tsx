'use client'
import { useState } from 'react'
import { api, problemsOf } from '../../lists/api'
import { MentionTextarea } from './MentionTextarea'
import styles from './page.module.css'
import type { PageText } from './texts'

type Props = { entity: string; id: string; t: PageText; onLogged: () => void }
const TYPES = ['call', 'visit', 'note'] as const

/**
 * Logs a call, visit or note on the record as a done activity (the server moves the record's last
 * follow-up time and notifies mentioned colleagues), and, when asked, plans the next follow-up.
 */
export function FollowUpComposer({ entity, id, t, onLogged }: Props) {
  const [type, setType] = useState<(typeof TYPES)[number]>('call')
  const [subject, setSubject] = useState('')
  const [notes, setNotes] = useState('')
  const [next, setNext] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!subject.trim()) return setMessage({ ok: false, text: t('subjectRequired') })
    setBusy(true)
    setMessage(null)
    const relatedTo = { relationTo: entity, value: Number.isNaN(Number(id)) ? id : Number(id) }
    const res = await api('/activities', {
      method: 'POST',
      body: JSON.stringify({
        subject: subject.trim(),
        type,
        status: 'done',
        startAt: new Date().toISOString(),
        outcome: notes,
        relatedTo,
      }),
    })
    let problem = res.status === 201 ? null : res
    if (!problem && next) {
      const planned = await api('/activities', {
        method: 'POST',
        body: JSON.stringify({
          subject: subject.trim(),
          type: type === 'note' ? 'call' : type,
          status: 'planned',
          startAt: new Date(next).toISOString(),
          relatedTo,
        }),
      })
      if (planned.status !== 201) problem = planned
    }
    setBusy(false)
    if (problem) {
      const p = problemsOf(problem.body)
      return setMessage({
        ok: false,
        text: t('refused', { reason: [...p.fields.map((f) => f.message), ...p.general].join(' ') }),
      })
    }
    setSubject('')
    setNotes('')
    setNext('')
    setMessage({ ok: true, text: t('logged') })
    onLogged()
  }

  return (
    <form className={styles.composer} onSubmit={submit} aria-label={t('timeline')}>
      <fieldset className={styles.types} aria-label={t('timeline')}>
        {TYPES.map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={type === k}
            className={type === k ? styles.typeActive : styles.type}
            onClick={() => setType(k)}
          >
            {t(k)}
          </button>
        ))}
      </fieldset>
      <label className={styles.field}>
        {t('subject')}
        <input className={styles.input} value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />
      </label>
      <MentionTextarea id="follow-up-notes" label={t('notes')} value={notes} onChange={setNotes} />
      <label className={styles.field}>
        {t('nextFollowUp')}
        <input className={styles.input} type="datetime-local" value={next} onChange={(e) => setNext(e.target.value)} />
      </label>
      <div>
        <button type="submit" className={styles.primary} disabled={busy}>
          {busy ? t('logging') : t('log')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message ? <p className={message.ok ? styles.ok : styles.problem}>{message.text}</p> : null}
      </div>
    </form>
  )
}
