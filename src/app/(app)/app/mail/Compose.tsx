'use client'
import { useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from './mail.module.css'
import { mailTexts } from './texts'

export type Draft = {
  id?: string | number
  to?: string | null
  cc?: string | null
  subject?: string | null
  body?: string | null
  template?: string | number | null
  attachments?: (string | number)[] | null
  relatedTo?: { relationTo: string; value: string | number } | null
  /** How the page names the related record ("客户 · 华东饮料"); never sent, the link is the relation. */
  aboutLabel?: string | null
}

type Props = { language: 'en' | 'zh'; draft: Draft; onDone: (folder: 'draft' | 'outbox') => void }

// Ids from inputs are strings; SQL databases number their rows.
const idValue = (id: string | number) => (/^\d+$/.test(String(id)) ? Number(id) : id)

/** Upload a file as a document of the related record (or a loose one), as the record page's attachments do. */
async function upload(file: File, relatedTo: Draft['relatedTo']) {
  const form = new FormData()
  form.append('file', file)
  form.append('_payload', JSON.stringify({ title: file.name, ...(relatedTo ? { relatedTo } : {}) }))
  const res = await fetch('/api/documents', { method: 'POST', body: form, credentials: 'include' })
  const body = await res.json().catch(() => null)
  return res.ok ? { id: body.doc.id as string | number, name: file.name } : null
}

/**
 * Writing an email: recipients, subject, the user's text, an optional template rendered with the related
 * record when it is sent, and attachments. "Send" saves the draft and puts it in the outbox; a refusal
 * is shown next to what caused it, and what was typed stays.
 */
export function Compose({ language, draft, onDone }: Props) {
  const t = mailTexts[language]
  const [value, setValue] = useState<Draft>(draft)
  const [files, setFiles] = useState<{ id: string | number; name: string }[]>([])
  const [templates, setTemplates] = useState<{ id: string | number; name: string }[]>([])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ field?: string; text: string } | null>(null)
  const entity = value.relatedTo?.relationTo

  useEffect(() => {
    if (!entity) return
    void api(`/export-templates?where[entity][equals]=${entity}&limit=100&depth=0&sort=name`).then((res) =>
      setTemplates(res.status === 200 ? res.body.docs : []),
    )
  }, [entity])

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setValue({ ...value, [key]: e.target.value })

  const save = async (): Promise<string | number | null> => {
    const data = {
      to: value.to,
      cc: value.cc || null,
      subject: value.subject,
      body: value.body,
      template: value.template ? idValue(value.template) : null,
      attachments: [...(value.attachments ?? []), ...files.map((f) => f.id)],
      relatedTo: value.relatedTo ?? null,
    }
    const res = value.id
      ? await api(`/email-messages/${value.id}`, { method: 'PATCH', body: JSON.stringify(data) })
      : await api('/email-messages', { method: 'POST', body: JSON.stringify(data) })
    if (res.status === 200 || res.status === 201) {
      setValue({ ...value, id: res.body.doc.id })
      return res.body.doc.id
    }
    report(res.body, res.status)
    return null
  }

  const report = (body: unknown, status: number) => {
    const { fields, general } = problemsOf(body)
    setProblem({ field: fields[0]?.path, text: [...fields.map((f) => f.message), ...general].join(' ') || String(status) })
  }

  const send = async () => {
    setBusy(true)
    setProblem(null)
    const id = await save()
    if (id != null) {
      const res = await api(`/email-messages/${id}/send`, { method: 'POST', body: '{}' })
      if (res.status === 202) onDone('outbox')
      else report(res.body, res.status)
    }
    setBusy(false)
  }

  const invalid = (field: string) => problem?.field === field || undefined
  return (
    <form
      className={styles.compose}
      aria-label={t.compose}
      onSubmit={(e) => {
        e.preventDefault()
        void send()
      }}
    >
      <h1 className={styles.heading}>{t.compose}</h1>
      {value.relatedTo ? (
        <p className={styles.hint}>
          {t.about}:{' '}
          <a href={`/app/${value.relatedTo.relationTo}/${value.relatedTo.value}`}>
            {value.aboutLabel ?? `${value.relatedTo.relationTo} #${value.relatedTo.value}`}
          </a>
        </p>
      ) : null}
      <label>
        {t.to}
        <input
          type="text"
          value={value.to ?? ''}
          onChange={set('to')}
          aria-invalid={invalid('to')}
          placeholder="name@example.com"
        />
      </label>
      <label>
        {t.cc}
        <input type="text" value={value.cc ?? ''} onChange={set('cc')} />
      </label>
      <label>
        {t.subject}
        <input type="text" value={value.subject ?? ''} onChange={set('subject')} />
      </label>
      <label>
        {t.body}
        <textarea rows={8} value={value.body ?? ''} onChange={set('body')} />
      </label>
      {entity ? (
        <label>
          {t.template}
          <select value={String(value.template ?? '')} onChange={set('template')} aria-invalid={invalid('template')}>
            <option value="">{t.noTemplate}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={String(tpl.id)}>
                {tpl.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t.attachments}
        <input
          type="file"
          multiple
          onChange={async (e) => {
            const chosen = Array.from(e.target.files ?? [])
            const done = (await Promise.all(chosen.map((f) => upload(f, value.relatedTo)))).filter((f) => f != null)
            setFiles([...files, ...done])
          }}
        />
      </label>
      {files.length > 0 ? (
        <ul className={styles.files}>
          {files.map((f) => (
            <li key={f.id}>{f.name}</li>
          ))}
        </ul>
      ) : null}
      {problem ? (
        <p className={styles.problem} role="alert">
          {problem.text}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={busy}>
          {busy ? t.sending : t.send}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            if ((await save()) != null) onDone('draft')
          }}
        >
          {t.saveDraft}
        </button>
      </div>
    </form>
  )
}
