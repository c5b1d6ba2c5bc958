'use client'
import { useState } from 'react'
import { api, problemsOf } from '../../lists/api'
import styles from './documents.module.css'
import type { DocumentText } from './texts'

type Props = { template: string; recordId: string; t: DocumentText; onDone: () => void }

/**
 * Send the record rendered with the chosen template by email: recipients, an optional subject and a note
 * above the document. The server queues it in the outbox and logs it on the record's timeline; a refusal
 * (a bad address) is shown next to its field, and what was typed stays.
 */
export function SendByEmail({ template, recordId, t, onDone }: Props) {
  const [to, setTo] = useState('')
  const [subject, setSubject] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ field?: string; text: string } | null>(null)
  const [sent, setSent] = useState(false)

  const send = async () => {
    setBusy(true)
    setProblem(null)
    const res = await api(`/export-templates/${template}/send`, {
      method: 'POST',
      body: JSON.stringify({ recordId, to, subject, message }),
    })
    setBusy(false)
    if (res.status === 201) {
      setSent(true)
      return onDone()
    }
    const { fields, general } = problemsOf(res.body)
    setProblem({ field: fields[0]?.path, text: [...fields.map((f) => f.message), ...general].join(' ') || String(res.status) })
  }

  if (sent) return <p className={styles.sent}>{t('sent', { to })}</p>
  return (
    // Not a <form>: it sits inside the record's form, and a nested submit would save the record too.
    <fieldset className={styles.send}>
      <legend className={styles.hint}>{t('email')}</legend>
      <label>
        {t('sendTo')}
        <input
          type="text"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          placeholder="name@example.com"
          aria-invalid={problem?.field === 'to' || undefined}
        />
      </label>
      <label>
        {t('subject')}
        <input type="text" value={subject} onChange={(e) => setSubject(e.target.value)} placeholder={t('subjectDefault')} />
      </label>
      <label>
        {t('note')}
        <textarea rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      {problem ? (
        <p className={styles.problem} role="alert">
          {t('sendFailed', { reason: problem.text })}
        </p>
      ) : null}
      <div>
        <button type="button" className={styles.primary} disabled={busy} onClick={send}>
          {busy ? t('sending') : t('send')}
        </button>
      </div>
    </fieldset>
  )
}
