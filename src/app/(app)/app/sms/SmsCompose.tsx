'use client'
import { useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from './sms.module.css'
import { smsTexts } from './texts'

type Props = {
  language: 'en' | 'zh'
  initial: { entity: string; record: string | null }
  onSent: (batchId: string) => void
}
// Ids are numbers on SQLite and PostgreSQL: a relationship refuses the string a <select> gives.
const idValue = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : raw)

/** The message, its recipients (this record or a saved view), when and how urgently: creates the batch and sends it. */
export function SmsCompose({ language, initial, onSent }: Props) {
  const t = smsTexts[language]
  const [entity, setEntity] = useState(initial.entity)
  const [source, setSource] = useState<'records' | 'savedView'>(initial.record ? 'records' : 'savedView')
  const [views, setViews] = useState<{ id: string | number; label: string }[]>([])
  const [savedView, setSavedView] = useState('')
  const [text, setText] = useState('')
  const [dueAt, setDueAt] = useState('')
  const [priority, setPriority] = useState(5)
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void api(`/saved-views?where[entity][equals]=${entity}&limit=100&depth=0&sort=label`).then((res) =>
      setViews(res.status === 200 ? res.body.docs : []),
    )
  }, [entity])

  const refused = (body: unknown) => {
    const p = problemsOf(body)
    setProblems([...p.fields.map((f) => `${f.path}: ${f.message}`), ...p.general])
  }

  const send = async () => {
    setProblems([])
    setBusy(true)
    try {
      const created = await api('/sms-batches', {
        method: 'POST',
        body: JSON.stringify({
          channel: 'sms',
          entity,
          text,
          source,
          records: source === 'records' && initial.record ? [idValue(initial.record)] : [],
          savedView: source === 'savedView' && savedView ? idValue(savedView) : null,
          dueAt: dueAt ? new Date(dueAt).toISOString() : null,
          priority,
        }),
      })
      if (created.status !== 201) return refused(created.body)
      const id = String(created.body.doc.id)
      const sent = await api(`/sms-batches/${id}/send`, { method: 'POST', body: '{}' })
      // A refused send leaves a draft: the batch page shows it with the reason.
      if (sent.status !== 202) return refused(sent.body)
      onSent(id)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className={styles.compose}
      onSubmit={(e) => {
        e.preventDefault()
        void send()
      }}
    >
      <label className={styles.field}>
        {t.entity}
        <select value={entity} onChange={(e) => setEntity(e.target.value)} name="entity">
          <option value="contacts">{t.contacts}</option>
          <option value="leads">{t.leads}</option>
          <option value="accounts">{t.accounts}</option>
        </select>
      </label>
      <label className={styles.field}>
        {t.source}
        <select value={source} onChange={(e) => setSource(e.target.value as 'records' | 'savedView')} name="source">
          {initial.record ? <option value="records">{t.record}</option> : null}
          <option value="savedView">{t.savedView}</option>
        </select>
      </label>
      {source === 'savedView' ? (
        <label className={styles.field}>
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
      <label className={`${styles.field} ${styles.wide}`}>
        {t.text}
        <textarea value={text} onChange={(e) => setText(e.target.value)} name="text" rows={4} maxLength={1000} />
        <span className={styles.counter}>{text.length} / 1000</span>
      </label>
      <label className={styles.field}>
        {t.dueAt}
        <input type="datetime-local" value={dueAt} onChange={(e) => setDueAt(e.target.value)} name="dueAt" />
      </label>
      <label className={styles.field}>
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
        <p key={p} className={`${styles.problem} ${styles.wide}`} role="alert">
          {p}
        </p>
      ))}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={busy}>
          {t.send}
        </button>
      </div>
    </form>
  )
}
