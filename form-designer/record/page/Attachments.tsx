'use client'
import { useCallback, useEffect, useState } from 'react'
import { relatedToWhere } from '../../../src/fields/relatedToWhere'
import { api, problemsOf } from '../../lists/api'
import { toSearchParams } from '../../model/list'
import { formatTime } from './ActivityTimeline'
import styles from './page.module.css'
import type { PageText } from './texts'

type Doc = { id: string | number; title: string; filename?: string; url?: string; filesize?: number; createdAt: string }
type Props = { entity: string; id: string; language: 'en' | 'zh'; t: PageText }
const PAGE = 10

/** The record's documents (`relatedTo` the record), newest first, and an upload that attaches a file to it. */
export function Attachments({ entity, id, language, t }: Props) {
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<{ docs: Doc[]; totalPages: number } | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const load = useCallback(async () => {
    const where = relatedToWhere(entity, id)
    const { status, body } = await api(`/documents?${toSearchParams({ where, sort: '-createdAt', limit: PAGE, page, depth: 0 })}`)
    setResult(status === 200 ? body : { docs: [], totalPages: 0 })
  }, [entity, id, page])
  useEffect(() => {
    load()
  }, [load])

  const upload = async (file: File) => {
    setBusy(true)
    setMessage(null)
    const form = new FormData()
    const value = Number.isNaN(Number(id)) ? id : Number(id)
    form.append('_payload', JSON.stringify({ title: file.name, relatedTo: { relationTo: entity, value } }))
    form.append('file', file)
    const res = await fetch('/api/documents', { method: 'POST', body: form, credentials: 'include' })
    const body = await res.json().catch(() => null)
    setBusy(false)
    if (res.status !== 201) {
      const p = problemsOf(body)
      return setMessage({
        ok: false,
        text: t('refused', { reason: [...p.fields.map((f) => f.message), ...p.general].join(' ') }),
      })
    }
    setMessage({ ok: true, text: t('uploaded') })
    if (page === 1) load()
    else setPage(1)
  }

  return (
    <div>
      <label className={styles.button}>
        {busy ? t('uploading') : t('upload')}
        <input
          type="file"
          hidden
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) upload(file)
            e.target.value = ''
          }}
        />
      </label>
      <div role="status" aria-live="polite">
        {message ? <p className={message.ok ? styles.ok : styles.problem}>{message.text}</p> : null}
      </div>
      {result && result.docs.length === 0 ? <p className={styles.muted}>{t('noAttachments')}</p> : null}
      {result && result.docs.length > 0 ? (
        <table className={styles.table}>
          <tbody>
            {result.docs.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.url ? (
                    <a href={d.url} target="_blank" rel="noreferrer">
                      {d.title}
                    </a>
                  ) : (
                    d.title
                  )}
                </th>
                <td className={styles.muted}>{d.filesize ? `${Math.ceil(d.filesize / 1024)} KB` : ''}</td>
                <td className={styles.muted}>{formatTime(d.createdAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result && result.totalPages > 1 ? (
        <div className={styles.pager}>
          <button type="button" className={styles.button} disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('previous')}
          </button>
          <span className={styles.muted}>{t('page', { page, pages: result.totalPages })}</span>
          <button type="button" className={styles.button} disabled={page >= result.totalPages} onClick={() => setPage(page + 1)}>
            {t('next')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
