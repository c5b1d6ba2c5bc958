'use client'
import { useEffect, useState } from 'react'
import { api } from '../../lists/api'
import { toSearchParams } from '../../model/list'
import styles from './page.module.css'
import { newRelatedHref, type Relation, shownCount, viewAllHref } from './relations'
import type { PageText } from './texts'

type Props = {
  relation: Relation
  id: string
  title: string
  titleField: string
  t: PageText
  /** Told the total once known, for the tab's badge. */
  onCount?: (total: number) => void
}
const PAGE = 5

/** One related list: a page of five records pointing at this one, its total and a link to all of them. */
export function RelatedList({ relation, id, title, titleField, t, onCount }: Props) {
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<{ docs: Record<string, unknown>[]; totalDocs: number; totalPages: number } | null>(null)

  useEffect(() => {
    let live = true
    const query = {
      where: { [relation.field]: { equals: id } },
      sort: '-updatedAt',
      limit: PAGE,
      page,
      depth: 0,
      select: { [titleField]: true, updatedAt: true },
    }
    api(`/${relation.entity}?${toSearchParams(query)}`).then(({ status, body }) => {
      if (!live) return
      const next = status === 200 ? body : { docs: [], totalDocs: 0, totalPages: 0 }
      setResult(next)
      onCount?.(next.totalDocs)
    })
    return () => {
      live = false
    }
  }, [relation, id, page, titleField, onCount])

  return (
    <section className={styles.card} aria-label={title}>
      <h3 className={styles.cardTitle}>
        <span>
          {title}
          <span className={styles.badge}>{result ? shownCount(result.totalDocs) : '…'}</span>
        </span>
        <span className={styles.cardActions}>
          <a className={styles.button} href={newRelatedHref(relation, id)}>
            {t('newRelated')}
          </a>
          <a className={styles.button} href={viewAllHref(relation, id)}>
            {t('viewAll')}
          </a>
        </span>
      </h3>
      {result && result.docs.length === 0 ? <p className={styles.muted}>{t('none')}</p> : null}
      {result && result.docs.length > 0 ? (
        <table className={styles.table}>
          <tbody>
            {result.docs.map((d) => (
              <tr key={String(d.id)}>
                <th scope="row">
                  <a href={`/app/${relation.entity}/${d.id}`}>{String(d[titleField] ?? `#${d.id}`)}</a>
                </th>
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
    </section>
  )
}
