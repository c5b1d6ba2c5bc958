import { groupDigits } from '../../../../money/groupDigits'
import type { TabularResult } from '../../../../reports/run/runTabular'
import styles from './reports.module.css'
import type { ReportTexts } from './reportTexts'

type Props = {
  result: TabularResult
  language: 'en' | 'zh'
  t: ReportTexts
  /** Shows the pager when given: a table report pages its records. */
  onPage?: (page: number) => void
}

const YES_NO = { en: ['Yes', 'No'], zh: ['是', '否'] }

/** A table report's page of records, each cell as the user may see it, with a pager. */
export function TabularTable({ result, language, t, onPage }: Props) {
  const show = (value: unknown, kind: string, options?: { value: string; label: { en: string; zh: string } }[]) => {
    if (value == null || value === '') return '—'
    if (kind === 'boolean') return YES_NO[language][value ? 0 : 1]
    if (kind === 'money') return groupDigits(String(value))
    if (kind === 'date') return String(value).slice(0, 10)
    const option = options?.find((o) => o.value === value)
    return option ? option.label[language] : String(value)
  }
  const pages = Math.max(1, Math.ceil(result.totalRows / result.pageSize))
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            {result.columns.map((c) => (
              <th key={c.path} className={c.kind === 'money' || c.kind === 'number' ? styles.number : undefined}>
                {c.label[language]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => (
            <tr key={r.id}>
              {r.cells.map((v, i) => {
                const c = result.columns[i]
                return (
                  <td key={c.path} className={c.kind === 'money' || c.kind === 'number' ? styles.number : undefined}>
                    {show(v, c.kind, c.options)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.pager}>
        {onPage ? (
          <button type="button" className={styles.secondary} disabled={result.page <= 1} onClick={() => onPage(result.page - 1)}>
            {t.previous}
          </button>
        ) : null}
        <span>
          {t.pageOf.replace('{page}', String(result.page)).replace('{pages}', String(pages))} · {result.totalRows} {t.rows}
        </span>
        {onPage ? (
          <button
            type="button"
            className={styles.secondary}
            disabled={result.page >= pages}
            onClick={() => onPage(result.page + 1)}
          >
            {t.next}
          </button>
        ) : null}
      </p>
    </>
  )
}
