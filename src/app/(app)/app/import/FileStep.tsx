'use client'
import { useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from './import.module.css'
import type { ImportText } from './texts'
import { type TargetField, toBase64 } from './wizardModel'

export type Uploaded = {
  id: string | number
  headers: string[]
  preview: string[][]
  total: number
  fields: TargetField[]
  suggested: Record<string, string>
  filename: string
}
type Props = {
  t: ImportText
  language: 'en' | 'zh'
  collections: { value: string; label: { en: string; zh: string } }[]
  collection: string
  onCollection: (c: string) => void
  dateOrder: string
  onDateOrder: (d: string) => void
  limits: { megabytes: number; rows: number }
  onUploaded: (u: Uploaded) => void
}

/** Step 1: where to, which file, how its text and dates read. A refused file says why, whole. */
export function FileStep({
  t,
  language,
  collections,
  collection,
  onCollection,
  dateOrder,
  onDateOrder,
  limits,
  onUploaded,
}: Props) {
  const [file, setFile] = useState<File | null>(null)
  const [encoding, setEncoding] = useState('auto')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const read = async () => {
    if (!file) return
    setBusy(true)
    setProblem(null)
    const content = toBase64(new Uint8Array(await file.arrayBuffer()))
    const res = await api('/imports/upload', {
      method: 'POST',
      body: JSON.stringify({ collection, filename: file.name, encoding, content }),
    })
    setBusy(false)
    if (res.status !== 200) {
      const p = problemsOf(res.body)
      return setProblem([...p.fields.map((f) => f.message), ...p.general].join(' ') || String(res.status))
    }
    onUploaded({ ...res.body, filename: file.name })
  }

  return (
    <section className={styles.card} aria-label={t('stepFile')}>
      <div className={styles.row}>
        <label className={styles.field}>
          {t('into')}
          <select value={collection} onChange={(e) => onCollection(e.target.value)}>
            {collections.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label[language]}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          {t('encoding')}
          <select value={encoding} onChange={(e) => setEncoding(e.target.value)}>
            <option value="auto">{t('encodingAuto')}</option>
            <option value="gbk">{t('encodingGbk')}</option>
          </select>
        </label>
        <label className={styles.field}>
          {t('dateOrder')}
          <select value={dateOrder} onChange={(e) => onDateOrder(e.target.value)}>
            <option value="ymd">{t('ymd')}</option>
            <option value="dmy">{t('dmy')}</option>
            <option value="mdy">{t('mdy')}</option>
          </select>
        </label>
      </div>
      <label className={styles.field}>
        {t('file')}
        <input type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <p className={styles.note}>{t('limits', limits)}</p>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="button" className={styles.primary} disabled={!file || busy} onClick={read}>
          {busy ? t('reading') : t('upload')}
        </button>
      </div>
    </section>
  )
}
