'use client'
import { useEffect, useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import styles from './import.module.css'
import type { ImportText } from './texts'

type Past = {
  id: string | number
  filename: string
  collection: string
  status: string
  total?: number
  created?: number
  createdAt: string
}
const PAGE = 10
const STATUS_KEYS = ['draft', 'queued', 'running', 'cancelling', 'cancelled', 'done', 'failed', 'undone']

/** The user's imports, newest first, ten a page; one opens in the run step (progress, rejected rows, undo). */
export function PastImports({
  t,
  version,
  labels,
  onOpen,
}: {
  t: ImportText
  version: number
  labels: Record<string, string>
  onOpen: (id: string | number) => void
}) {
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<{ docs: Past[]; totalPages: number } | null>(null)
  useEffect(() => {
    api(
      `/imports?sort=-createdAt&limit=${PAGE}&page=${page}&depth=0&select[filename]=true&select[collection]=true&select[status]=true&select[total]=true&select[createdAt]=true`,
    ).then((r) => r.status === 200 && setResult(r.body))
  }, [page, version])
  if (!result) return null
  return (
    <section className={styles.card} aria-label={t('past')}>
      <h2>{t('past')}</h2>
      {result.docs.length === 0 ? <p className={styles.note}>{t('noPast')}</p> : null}
      {result.docs.length ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('fileName')}</th>
                <th scope="col">{t('into')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {result.docs.map((d) => (
                <tr key={d.id}>
                  <td>{new Date(d.createdAt).toLocaleString()}</td>
                  <td>{d.filename}</td>
                  <td>{labels[d.collection] ?? d.collection}</td>
                  <td>{STATUS_KEYS.includes(d.status) ? t(`status_${d.status}` as never) : d.status}</td>
                  <td>
                    {d.status !== 'draft' ? (
                      <button type="button" className={styles.secondary} onClick={() => onOpen(d.id)}>
                        {t('open')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {result.totalPages > 1 ? (
        <div className={styles.actions}>
          <button type="button" className={styles.secondary} disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('previous')}
          </button>
          <span>{t('page', { page, pages: result.totalPages })}</span>
          <button
            type="button"
            className={styles.secondary}
            disabled={page >= result.totalPages}
            onClick={() => setPage(page + 1)}
          >
            {t('next')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
