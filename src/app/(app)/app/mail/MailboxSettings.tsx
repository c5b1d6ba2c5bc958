'use client'
import { useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from './mail.module.css'
import { fillText, mailTexts } from './texts'

type Side = 'smtp' | 'imap'
type Check = { configured: boolean; ok: boolean; stage?: 'dns' | 'connect' | 'tls' | 'auth' | 'protocol'; message: string }
type Mailbox = Record<string, unknown> & { id?: string | number }

const EMPTY: Mailbox = { scope: 'personal', smtpPort: 465, smtpSecurity: 'tls', imapPort: 993, imapSecurity: 'tls' }

/**
 * The user's mailbox: address, SMTP and IMAP servers. Passwords are typed, saved sealed and never shown
 * again. "Test these settings" tries what the form shows and says, for each server, the step that failed.
 */
export function MailboxSettings({ language }: { language: 'en' | 'zh' }) {
  const t = mailTexts[language]
  const [box, setBox] = useState<Mailbox | null>(null)
  const [passwords, setPasswords] = useState({ smtpPassword: '', imapPassword: '' })
  const [result, setResult] = useState<Record<Side, Check> | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void (async () => {
      const me = await api('/users/me')
      const res = await api(`/mailboxes?where[owner][equals]=${me.body?.user?.id}&limit=1&depth=0`)
      setBox(res.status === 200 && res.body.docs[0] ? res.body.docs[0] : EMPTY)
    })()
  }, [])

  if (!box) return null
  const field = (text: string, key: string, type = 'text') => (
    <label>
      {text}
      <input
        type={type}
        name={key}
        value={String(box[key] ?? '')}
        onChange={(e) => setBox({ ...box, [key]: type === 'number' ? Number(e.target.value) : e.target.value })}
      />
    </label>
  )
  const form = () => {
    const { id: _id, tenant: _t, owner: _o, department: _d, createdAt: _c, updatedAt: _u, ...rest } = box
    for (const key of ['smtpPasswordSet', 'imapPasswordSet', 'imapUidValidity', 'imapLastUid', 'lastPolledAt', 'lastPollError'])
      delete rest[key]
    return { ...rest, ...Object.fromEntries(Object.entries(passwords).filter(([, v]) => v !== '')) }
  }
  const save = async () => {
    setBusy(true)
    const res = box.id
      ? await api(`/mailboxes/${box.id}`, { method: 'PATCH', body: JSON.stringify(form()) })
      : await api('/mailboxes', { method: 'POST', body: JSON.stringify(form()) })
    setBusy(false)
    if (res.status === 200 || res.status === 201) {
      setBox(res.body.doc)
      setPasswords({ smtpPassword: '', imapPassword: '' })
      setNote(t.saved)
      return res.body.doc.id as string | number
    } else {
      const { fields, general } = problemsOf(res.body)
      setNote([...fields.map((f) => `${f.path}: ${f.message}`), ...general].join(' '))
      return null
    }
  }
  const test = async () => {
    // A new mailbox is saved first: the test reads the saved passwords when none are typed.
    const id = box.id ?? (await save())
    setBusy(true)
    setResult(null)
    const res = id ? await api(`/mailboxes/${id}/test`, { method: 'POST', body: JSON.stringify(form()) }) : null
    setBusy(false)
    if (res?.status === 200) setResult(res.body)
  }
  const checkNow = async () => {
    setBusy(true)
    const res = await api(`/mailboxes/${box.id}/poll`, { method: 'POST', body: '{}' })
    setBusy(false)
    const { fields, general } = problemsOf(res.body)
    setNote(
      res.status === 200
        ? fillText(t.imported, { n: res.body.imported })
        : fillText(t.failedWith, { reason: [...fields.map((f) => f.message), ...general].join(' ') }),
    )
  }

  const server = (side: Side) => (
    <fieldset className={styles.server}>
      <legend>{t[side]}</legend>
      {field(t.host, `${side}Host`)}
      {field(t.port, `${side}Port`, 'number')}
      <label>
        {t.security}
        <select
          value={String(box[`${side}Security`] ?? 'tls')}
          onChange={(e) => setBox({ ...box, [`${side}Security`]: e.target.value })}
        >
          <option value="tls">TLS (SSL)</option>
          <option value="starttls">STARTTLS</option>
          <option value="none">—</option>
        </select>
      </label>
      {field(t.user, `${side}User`)}
      <label>
        {t.password}
        <input
          type="password"
          autoComplete="new-password"
          value={passwords[`${side}Password`]}
          onChange={(e) => setPasswords({ ...passwords, [`${side}Password`]: e.target.value })}
        />
      </label>
      {box[`${side}PasswordSet`] ? <p className={styles.hint}>{t.passwordSet}</p> : null}
      {result ? (
        // The server's message already starts with the failing step (DNS, connect, TLS, authentication).
        <p
          className={result[side].ok ? styles.ok : styles.problem}
          role="status"
          data-check={side}
          data-stage={result[side].stage}
        >
          {result[side].ok ? t.ok : result[side].message}
        </p>
      ) : null}
    </fieldset>
  )

  return (
    <form
      className={styles.compose}
      aria-label={t.settings}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h1 className={styles.heading}>{t.settings}</h1>
      {field(t.address, 'address', 'email')}
      {field(t.displayName, 'displayName')}
      <div className={styles.servers}>
        {server('smtp')}
        {server('imap')}
      </div>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={Boolean(box.allowSelfSigned)}
          onChange={(e) => setBox({ ...box, allowSelfSigned: e.target.checked })}
        />
        {t.selfSigned}
      </label>
      {box.lastPolledAt ? (
        <p className={styles.hint}>
          {fillText(t.lastPolled, { at: new Date(String(box.lastPolledAt)).toLocaleString(language === 'zh' ? 'zh-CN' : 'en') })}
          {box.lastPollError ? ` — ${String(box.lastPollError)}` : ''}
        </p>
      ) : null}
      {note ? (
        <p className={styles.hint} role="status">
          {note}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={busy}>
          {t.save}
        </button>
        <button type="button" disabled={busy} onClick={test}>
          {busy ? t.testing : t.test}
        </button>
        {box.id && box.imapHost ? (
          <button type="button" disabled={busy} onClick={checkNow}>
            {t.checkNow}
          </button>
        ) : null}
      </div>
    </form>
  )
}
