import { useState } from 'react'
import { FieldSelect } from './FieldSelect'
import type { WizardField } from './ReportWizard'
import styles from './reports.module.css'
import type { ReportTexts } from './reportTexts'

type Props = {
  columns: string[]
  onChange: (columns: string[]) => void
  fields: WizardField[]
  language: 'en' | 'zh'
  t: ReportTexts
}

/** A table report's columns, in the order they were added: pick a field, add it, remove any with ×. */
export function ColumnPicker({ columns, onChange, fields, language, t }: Props) {
  const [next, setNext] = useState('')
  const available = fields.filter((f) => !columns.includes(f.path))
  const labelOf = (path: string) => fields.find((f) => f.path === path)?.label[language] ?? path
  return (
    <fieldset className={styles.columns}>
      <legend>{t.columns}</legend>
      <ol className={styles.chips} aria-label={t.columns}>
        {columns.map((path) => (
          <li key={path} className={styles.chip}>
            {labelOf(path)}
            <button
              type="button"
              aria-label={`${t.remove} ${labelOf(path)}`}
              onClick={() => onChange(columns.filter((c) => c !== path))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <FieldSelect
          id="report-column"
          label={t.addColumn}
          value={next}
          onChange={setNext}
          fields={available}
          language={language}
          empty={t.noGroup}
        />
        <button
          type="button"
          className={`${styles.secondary} ${styles.addButton}`}
          disabled={!next}
          onClick={() => {
            onChange([...columns, next])
            setNext('')
          }}
        >
          {t.add}
        </button>
      </div>
    </fieldset>
  )
}
