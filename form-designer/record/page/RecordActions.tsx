'use client'
import { useEffect, useState } from 'react'
import { api, problemsOf } from '../../lists/api'
import { toSearchParams } from '../../model/list'
import styles from './page.module.css'
import type { PageText } from './texts'

type Props = {
  entity: string
  id: string
  t: PageText
  /** Claim/return apply (a pool collection). */
  pool: boolean
  /** The record has `sharedWith`. */
  shareable: boolean
  /** Something changed the record: the page reloads it. */
  onChanged: () => void
}
type Colleague = { id: string | number; name?: string; email: string }
const reasonOf = (body: unknown) => {
  const p = problemsOf(body)
  return [...p.fields.map((f) => f.message), ...p.general].join(' ')
}

/**
 * The record's actions: claim from and return to the pool, share with colleagues, convert a lead,
 * copy into a new record. Each goes through its API; a refusal is shown with the server's reason.
 */
export function RecordActions({ entity, id, t, pool, shareable, onChanged }: Props) {
  const [mode, setMode] = useState<'return' | 'share' | null>(null)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (path: string, body: unknown, ok: string, after?: (body: any) => void) => {
    setBusy(true)
    setMessage(null)
    const res = await api(path, { method: 'POST', body: JSON.stringify(body) })
    setBusy(false)
    if (res.status >= 300) return setMessage({ ok: false, text: t('refused', { reason: reasonOf(res.body) }) })
    setMessage({ ok: true, text: ok })
    setMode(null)
    if (after) after(res.body)
    else onChanged()
  }

  return (
    <div>
      <div className={styles.actionsBar} role="toolbar" aria-label={t('actions')}>
        {pool ? (
          <>
            <button
              type="button"
              className={styles.button}
              disabled={busy}
              onClick={() => run(`/${entity}/${id}/claim`, {}, t('done'))}
            >
              {t('claim')}
            </button>
            <button
              type="button"
              className={styles.button}
              disabled={busy}
              onClick={() => setMode(mode === 'return' ? null : 'return')}
            >
              {t('returnToPool')}
            </button>
          </>
        ) : null}
        {shareable ? (
          <button
            type="button"
            className={styles.button}
            disabled={busy}
            onClick={() => setMode(mode === 'share' ? null : 'share')}
          >
            {t('share')}
          </button>
        ) : null}
        {entity === 'leads' ? (
          <button
            type="button"
            className={styles.button}
            disabled={busy}
            onClick={() =>
              run(`/leads/${id}/convert`, {}, t('converted'), (body) => window.location.assign(`/app/accounts/${body.account}`))
            }
          >
            {t('convert')}
          </button>
        ) : null}
        <a className={styles.button} href={`/app/${entity}/new?copy=${encodeURIComponent(id)}`}>
          {t('copy')}
        </a>
      </div>
      {mode === 'return' ? (
        <form
          className={styles.composer}
          onSubmit={(e) => {
            e.preventDefault()
            run(`/${entity}/${id}/return`, { reason }, t('done'))
          }}
        >
          <label className={styles.field}>
            {t('returnReason')}
            <input className={styles.input} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div>
            <button type="submit" className={styles.primary} disabled={busy}>
              {t('returnToPool')}
            </button>
          </div>
        </form>
      ) : null}
      {mode === 'share' ? (
        <SharePicker
          entity={entity}
          id={id}
          t={t}
          onDone={(result) => {
            setMessage(result)
            if (result.ok) {
              setMode(null)
              onChanged()
            }
          }}
        />
      ) : null}
      <div role="status" aria-live="polite">
        {message ? <p className={message.ok ? styles.ok : styles.problem}>{message.text}</p> : null}
      </div>
    </div>
  )
}

/** Finds colleagues by name and adds the chosen one to the record's `sharedWith`. */
function SharePicker({
  entity,
  id,
  t,
  onDone,
}: {
  entity: string
  id: string
  t: PageText
  onDone: (message: { ok: boolean; text: string }) => void
}) {
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<Colleague[]>([])
  useEffect(() => {
    const timer = setTimeout(async () => {
      const where = query ? { or: [{ name: { like: query } }, { email: { like: query } }] } : {}
      const { status, body } = await api(`/users?${toSearchParams({ where, limit: 8, depth: 0, sort: 'name' })}`)
      if (status === 200) setOptions(body.docs)
    }, 150)
    return () => clearTimeout(timer)
  }, [query])

  const share = async (colleague: Colleague) => {
    const current = await api(`/${entity}/${id}?depth=0`)
    if (current.status !== 200) return onDone({ ok: false, text: t('refused', { reason: reasonOf(current.body) }) })
    const ids = [...new Set([...(current.body.sharedWith ?? []).map(String), String(colleague.id)])]
    const res = await api(`/${entity}/${id}`, {
      method: 'PATCH',
      headers: { 'If-Match': String(current.body.updatedAt) },
      body: JSON.stringify({ sharedWith: ids.map((v) => (Number.isNaN(Number(v)) ? v : Number(v))) }),
    })
    onDone(
      res.status === 200 ? { ok: true, text: t('shared') } : { ok: false, text: t('refused', { reason: reasonOf(res.body) }) },
    )
  }

  return (
    <div className={styles.composer}>
      <label className={styles.field}>
        {t('shareWith')}
        <input className={styles.input} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className={styles.timeline}>
        {options.map((o) => (
          <li key={o.id} className={styles.pager}>
            <span>
              {o.name ?? o.email} <span className={styles.muted}>{o.email}</span>
            </span>
            <button type="button" className={styles.button} onClick={() => share(o)}>
              {t('shareSave')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
