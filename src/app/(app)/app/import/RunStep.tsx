'use client'
import { useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from './import.module.css'
import { CountList } from './TryRunStep'
import type { ImportText } from './texts'
import { type Counts, sumOf } from './wizardModel'

type Progress = {
  status: string
  total: number
  processed: number
  counts: Counts
  error?: string | null
  undoReport?: { removed?: number; restored?: number; kept?: { row?: number; reason?: string }[] } | null
}
const FINISHED = ['done', 'failed', 'cancelled', 'undone']

/** Step 5: the run in the jobs queue, its progress until it ends, then the rejected rows and undo. */
export function RunStep({ t, id, onFinished }: { t: ImportText; id: string | number; onFinished?: () => void }) {
  const [progress, setProgress] = useState<Progress | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let stop = false
    const poll = async () => {
      const res = await api(`/imports/${id}/progress`)
      if (stop) return
      if (res.status === 200) setProgress(res.body)
      if (res.status !== 200 || !FINISHED.includes(res.body.status)) setTimeout(poll, 1000)
      else onFinished?.()
    }
    poll()
    return () => {
      stop = true
    }
  }, [id, onFinished])

  const post = async (path: string) => {
    setProblem(null)
    const res = await api(`/imports/${id}/${path}`, { method: 'POST', body: '{}' })
    if (res.status >= 300) {
      const p = problemsOf(res.body)
      return setProblem(t('refused', { reason: [...p.fields.map((f) => f.message), ...p.general].join(' ') }))
    }
    const again = await api(`/imports/${id}/progress`)
    if (again.status === 200) setProgress(again.body)
  }

  if (!progress) return null
  const { counts, total, processed, status } = progress
  const report = progress.undoReport
  return (
    <section className={styles.card} aria-label={t('stepRun')} data-status={status}>
      {!FINISHED.includes(status) ? (
        <>
          <label className={styles.field}>
            {t('running', { processed, total })}
            <progress className={styles.progress} max={total || 1} value={processed} />
          </label>
          <div className={styles.actions}>
            <button type="button" className={styles.secondary} onClick={() => post('cancel')}>
              {t('cancel')}
            </button>
          </div>
        </>
      ) : null}
      <CountList t={t} counts={counts} />
      {status === 'done' || status === 'undone' ? (
        <p role="status" className={styles.ok}>
          {t('done', { ...counts, sum: sumOf(counts), total })}
        </p>
      ) : null}
      {status === 'cancelled' ? <p role="status">{t('cancelled', { processed })}</p> : null}
      {status === 'failed' ? (
        <p role="alert" className={styles.problem}>
          {t('failed', { reason: progress.error ?? '' })}
        </p>
      ) : null}
      <div className={styles.actions}>
        {counts.rejected > 0 ? (
          <a className={styles.secondary} href={`/api/imports/${id}/rejected`} download>
            {t('downloadRejected')}
          </a>
        ) : null}
        {status === 'done' && counts.created + counts.updated > 0 ? (
          <button type="button" className={styles.secondary} onClick={() => post('undo')}>
            {t('undo')}
          </button>
        ) : null}
      </div>
      {report ? (
        <p role="status">
          {t('undone', { removed: report.removed ?? 0, restored: report.restored ?? 0 })}
          {report.kept?.length
            ? ` ${t('kept', { list: report.kept.map((k) => `${k.row ?? ''} ${k.reason ?? ''}`).join('; ') })}`
            : ''}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
    </section>
  )
}
