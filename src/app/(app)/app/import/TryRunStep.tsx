'use client'
import { useCallback, useEffect, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import styles from './import.module.css'
import type { ImportText } from './texts'
import type { Counts } from './wizardModel'

type Row = { row: number; outcome: keyof Counts; reason?: string }
type Answer = { counts: Counts; total: number; rows: Row[]; page: number; totalPages: number }

/** The counts by outcome, the rejected ones marked. */
export function CountList({ t, counts }: { t: ImportText; counts: Counts }) {
  return (
    <div className={styles.counts} data-testid="import-counts">
      {(['created', 'updated', 'skipped', 'rejected'] as const).map((k) => (
        <span
          key={k}
          className={k === 'rejected' && counts[k] > 0 ? `${styles.count} ${styles.rejected}` : styles.count}
          data-outcome={k}
        >
          {t(k)}: <strong>{counts[k]}</strong>
        </span>
      ))}
    </div>
  )
}

/** Step 4: what the run will do with each row and why, a page at a time; nothing is written. */
export function TryRunStep({ t, id, body }: { t: ImportText; id: string | number; body: Record<string, unknown> }) {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [only, setOnly] = useState(false)
  const [page, setPage] = useState(1)
  const [problem, setProblem] = useState<string | null>(null)

  const load = useCallback(
    async (p: number, rejectedOnly: boolean) => {
      setProblem(null)
      const res = await api(`/imports/${id}/dry-run?page=${p}${rejectedOnly ? '&only=rejected' : ''}`, {
        method: 'POST',
        body: JSON.stringify(body),
      })
      if (res.status !== 200) {
        const pr = problemsOf(res.body)
        return setProblem([...pr.fields.map((f) => f.message), ...pr.general].join(' '))
      }
      setAnswer(res.body)
      setPage(p)
    },
    [id, body],
  )
  useEffect(() => {
    load(1, false)
  }, [load])

  return (
    <section className={styles.card} aria-label={t('stepTry')}>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      {!answer && !problem ? <p>{t('trying')}</p> : null}
      {answer ? (
        <>
          <CountList t={t} counts={answer.counts} />
          <label>
            <input
              type="checkbox"
              checked={only}
              onChange={(e) => {
                setOnly(e.target.checked)
                load(1, e.target.checked)
              }}
            />{' '}
            {t('onlyRejected')}
          </label>
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="dry-run-rows">
              <thead>
                <tr>
                  <th scope="col">{t('row')}</th>
                  <th scope="col">{t('outcome')}</th>
                  <th scope="col">{t('reason')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.rows.map((r) => (
                  <tr key={r.row} data-outcome={r.outcome}>
                    <td>{r.row}</td>
                    <td>{t(r.outcome)}</td>
                    <td>{r.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {answer.totalPages > 1 ? (
            <div className={styles.actions}>
              <button type="button" className={styles.secondary} disabled={page <= 1} onClick={() => load(page - 1, only)}>
                {t('previous')}
              </button>
              <span>{t('page', { page, pages: answer.totalPages })}</span>
              <button
                type="button"
                className={styles.secondary}
                disabled={page >= answer.totalPages}
                onClick={() => load(page + 1, only)}
              >
                {t('next')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
