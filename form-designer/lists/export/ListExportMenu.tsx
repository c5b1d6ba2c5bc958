'use client'
import { useRef } from 'react'
import { exportUrl } from '../../../src/exports/exportUrl'
import styles from '../lists.module.css'
import type { ListText } from '../texts'
import { useExportJob } from './useExportJob'

/** Up to this many rows download at once; a longer list is written in the background with progress. */
export const DIRECT_EXPORT_LIMIT = 500

type Props = {
  slug: string
  columns: string[]
  where?: unknown
  sort?: unknown
  /** Rows the list holds now (its filters applied). */
  total: number | null
  t: ListText
}

/**
 * "Export" on a workspace list: the rows, columns, filters and sort on screen as CSV or Excel. Short
 * lists download straight away; long ones go through the jobs queue with a progress bar, a cancel
 * button and a download link when ready. Either way the file holds only what the user may read,
 * hidden fields left out and masked ones masked.
 */
export function ListExportMenu({ slug, columns, where, sort, total, t }: Props) {
  const { job, problem, start, cancel, reset, fileHref } = useExportJob(slug)
  const menu = useRef<HTMLDetailsElement>(null)
  const run = (format: 'csv' | 'xlsx') => {
    // The choice is made: the menu folds away (the progress or the download says what happens next).
    if (menu.current) menu.current.open = false
    if (total != null && total <= DIRECT_EXPORT_LIMIT) window.location.assign(exportUrl(slug, format, { columns, where, sort }))
    else start({ format, columns, where, sort })
  }
  const busy = job != null && (job.status === 'queued' || job.status === 'running')
  return (
    <div className={styles.exportMenu}>
      <details ref={menu}>
        <summary>{t('export')}</summary>
        <div className={styles.exportChoices}>
          <button type="button" className={styles.secondary} disabled={busy} onClick={() => run('csv')}>
            CSV
          </button>
          <button type="button" className={styles.secondary} disabled={busy} onClick={() => run('xlsx')}>
            Excel
          </button>
        </div>
      </details>
      <div role="status" aria-live="polite" className={styles.exportStatus}>
        {problem ? <p className={styles.problem}>{t('exportFailed', { reason: problem })}</p> : null}
        {busy && job ? (
          <p className={styles.exportProgress}>
            <progress value={job.done} max={Math.max(job.total, 1)} aria-label={t('exporting')} />
            <span>{t('exportProgress', { done: job.done, total: job.total })}</span>
            <button type="button" className={styles.secondary} onClick={cancel}>
              {t('cancelExport')}
            </button>
          </p>
        ) : null}
        {job?.status === 'done' && fileHref ? (
          <p className={styles.ok}>
            {t('exportReady', { total: job.done })}{' '}
            <a href={fileHref} download onClick={() => setTimeout(reset, 0)}>
              {t('download')}
            </a>
          </p>
        ) : null}
        {job?.status === 'failed' ? <p className={styles.problem}>{t('exportFailed', { reason: job.error ?? '' })}</p> : null}
        {job?.status === 'cancelled' ? <p className={styles.ok}>{t('exportCancelled')}</p> : null}
      </div>
    </div>
  )
}
