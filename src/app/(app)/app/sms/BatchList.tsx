'use client'
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import styles from './sms.module.css'
import { STATUS_TEXTS, smsTexts } from './texts'

const PAGE_SIZE = 10
type Batch = { id: string | number; text: string; status: string; total?: number; createdAt: string; origin?: string }
type Props = { language: 'en' | 'zh'; open: string | null; onOpen: (id: string) => void; version: number }

/** The batches the user can see, newest first, a page at a time, with their status kept current. */
export function BatchList({ language, open, onOpen, version }: Props) {
  const t = smsTexts[language]
  const [page, setPage] = useState(1)
  const [found, setFound] = useState<{ docs: Batch[]; totalPages: number } | null>(null)

  const load = useCallback(async () => {
    const res = await api(`/sms-batches?sort=-createdAt&limit=${PAGE_SIZE}&page=${page}&depth=0`)
    if (res.status === 200) setFound({ docs: res.body.docs, totalPages: Math.max(1, res.body.totalPages) })
  }, [page])

  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), 5000)
    return () => clearInterval(timer)
  }, [load, version])

  if (!found) return <div />
  if (found.docs.length === 0) return <p className={styles.hint}>{t.noBatches}</p>
  const when = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' })
  return (
    <nav aria-label={t.tabBatches}>
      <ul className={styles.batchList} data-testid="sms-batches">
        {found.docs.map((b) => (
          <li key={b.id}>
            <button
              type="button"
              className={String(b.id) === open ? styles.batchItemOpen : styles.batchItem}
              aria-current={String(b.id) === open ? 'true' : undefined}
              onClick={() => onOpen(String(b.id))}
            >
              <span className={styles.batchText}>{b.text}</span>
              <span className={styles.batchMeta}>
                <span className={styles.chip} data-status={b.status}>
                  {STATUS_TEXTS[language][b.status] ?? b.status}
                </span>
                <span>#{b.id}</span>
                <span>{when.format(new Date(b.createdAt))}</span>
                {b.origin === 'care' ? <span>{t.origin_care}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {found.totalPages > 1 ? (
        <div className={styles.pager}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t.previous}
          </button>
          <span>{`${page} / ${found.totalPages}`}</span>
          <button type="button" disabled={page >= found.totalPages} onClick={() => setPage(page + 1)}>
            {t.next}
          </button>
        </div>
      ) : null}
    </nav>
  )
}
