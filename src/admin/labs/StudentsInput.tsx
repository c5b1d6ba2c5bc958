'use client'
import { useState } from 'react'
import { studentNames } from '../../labs/classes/credentialsCsv'
import styles from './labs.module.css'
import { useLabTexts } from './useLabTexts'

/**
 * The students' names: typed one per line, or loaded from a CSV/text file (its first column; a
 * 姓名/name header is skipped) into the same box, so the teacher sees and can correct what was read.
 */
export function StudentsInput({ value, onChange, error }: { value: string; onChange: (text: string) => void; error?: string }) {
  const { tx } = useLabTexts()
  const [loaded, setLoaded] = useState<string | null>(null)
  const count = studentNames(value).length

  const load = async (file: File | undefined) => {
    if (!file) return
    try {
      const names = studentNames(await file.text())
      onChange(names.join('\n'))
      setLoaded(tx('studentsFromFile', { count: names.length, file: file.name }))
    } catch {
      setLoaded(tx('fileUnreadable'))
    }
  }

  return (
    <div className={styles.field}>
      <label htmlFor="lab-students">{tx('students')}</label>
      <span className={styles.muted}>{tx('studentsHelp')}</span>
      <textarea
        id="lab-students"
        name="students"
        rows={8}
        className={error ? styles.inputError : styles.input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={Boolean(error)}
      />
      <div className={styles.actions}>
        <label className={styles.muted} htmlFor="lab-students-file">
          {tx('studentsFile')}
        </label>
        <input
          id="lab-students-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(event) => void load(event.target.files?.[0])}
        />
        <span className={styles.muted} data-testid="lab-students-count">
          {tx('studentsCount', { count })}
        </span>
      </div>
      {loaded ? <span className={styles.muted}>{loaded}</span> : null}
      {error ? (
        <span className={styles.fieldError} role="alert" data-testid="lab-error-students">
          {error}
        </span>
      ) : null}
    </div>
  )
}
