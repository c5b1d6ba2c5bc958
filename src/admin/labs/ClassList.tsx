'use client'
import { Button, useStepNav } from '@payloadcms/ui'
import { useEffect } from 'react'
import { formatDateTime } from '../../i18n/format'
import { Pager } from '../Pager'
import { usePagedList } from '../usePagedList'
import styles from './labs.module.css'
import { useLabTexts } from './useLabTexts'

type ClassRow = {
  id: string | number
  name: string
  slug: string
  language: 'zh' | 'en'
  preset: { id: string | number; name: string } | null
  groups: number
  students: number
  closed: boolean
  createdAt: string
}

/** The classes the teacher teaches (every class for a super admin), newest first, a page at a time. */
export function ClassList() {
  const { tx, language } = useLabTexts()
  const { setStepNav } = useStepNav()
  useEffect(() => setStepNav([{ label: tx('console') }]), [setStepNav, tx])
  const { data, error, page, setPage } = usePagedList<ClassRow>('/api/labs/classes')

  return (
    <div className={styles.page} data-testid="lab-classes">
      <div className={styles.header}>
        <h1>{tx('console')}</h1>
        <Button el="link" url="/admin/labs/new" buttonStyle="primary" size="medium" id="lab-new-class">
          {tx('newClass')}
        </Button>
      </div>
      <p className={styles.intro}>{tx('intro')}</p>
      {error ? (
        <p role="alert" className={styles.alert}>
          {error}
        </p>
      ) : null}
      {!data && !error ? <p className={styles.muted}>{tx('loading')}</p> : null}
      {data && data.docs.length === 0 ? <p>{tx('noClasses')}</p> : null}
      {data && data.docs.length > 0 ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{tx('name')}</th>
                <th>{tx('preset')}</th>
                <th className={styles.center}>{tx('groups')}</th>
                <th className={styles.center}>{tx('students')}</th>
                <th>{tx('state')}</th>
                <th>{tx('createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.docs.map((row) => (
                <tr key={row.id} data-testid={`lab-class-${row.slug}`}>
                  <td>
                    <a href={`/admin/labs/${row.id}`}>
                      <strong>{row.name}</strong>
                    </a>
                    <div className={styles.muted}>{row.slug}</div>
                  </td>
                  <td>{row.preset?.name ?? tx('noPreset')}</td>
                  <td className={styles.center}>{row.groups}</td>
                  <td className={styles.center}>{row.students}</td>
                  <td>
                    <span className={row.closed ? styles.badgeClosed : styles.badge}>{tx(row.closed ? 'closed' : 'open')}</span>
                  </td>
                  <td>{formatDateTime(row.createdAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data ? <Pager page={page} totalPages={data.totalPages} onPage={setPage} /> : null}
    </div>
  )
}
