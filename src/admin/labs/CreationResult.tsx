'use client'
import { useEffect, useState } from 'react'
import styles from './labs.module.css'
import { useLabTexts } from './useLabTexts'

/**
 * The made class: its logins as a CSV download (the passwords exist nowhere else, so the teacher is
 * told to keep the file) and the way into the class.
 */
export function CreationResult({
  classId,
  csv,
  slug,
  groups,
  students,
}: {
  classId: string | number
  csv: string
  slug: string
  groups: number
  students: number
}) {
  const { tx } = useLabTexts()
  const [href, setHref] = useState<string | null>(null)
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    setHref(url)
    return () => URL.revokeObjectURL(url)
  }, [csv])

  return (
    <div data-testid="lab-created">
      <p className={styles.notice}>{tx('created', { groups, students })}</p>
      <p className={styles.warning} role="alert">
        {tx('passwordsOnce')}
      </p>
      <div className={styles.actions}>
        {href ? (
          <a
            className="btn btn--style-primary btn--size-medium"
            href={href}
            download={`${slug}-logins.csv`}
            data-testid="lab-download-csv"
          >
            {tx('downloadCsv')}
          </a>
        ) : null}
        <a className="btn btn--style-secondary btn--size-medium" href={`/admin/labs/${classId}`} data-testid="lab-open-class">
          {tx('openClass')}
        </a>
      </div>
    </div>
  )
}
