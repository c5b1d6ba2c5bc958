import { groupDigits } from '../../../../money/groupDigits'
import type { AggregateResult } from '../../../../reports/run/runAggregate'
import styles from './reports.module.css'
import type { ReportTexts } from './reportTexts'

type Props = { result: AggregateResult; language: 'en' | 'zh'; t: ReportTexts }

/** A summary's groups and the total as a table; the figures a chart draws, readable without it. */
export function ResultTable({ result, language, t }: Props) {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {result.groupFields.map((g) => (
            <th key={g.path}>{g.label[language]}</th>
          ))}
          {result.aggregates.map((a, i) => (
            <th key={`${a.fn}-${i}`} className={styles.number}>
              {a.label[language]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.rows.map((r) => (
          <tr key={JSON.stringify(r.keys.map((k) => k.key))}>
            {r.keys.map((k, i) => (
              <td key={`${i}-${k.key}`}>{k.label[language]}</td>
            ))}
            {r.values.map((v, i) => (
              <td key={`v${i}`} className={styles.number}>
                {v == null ? '—' : groupDigits(String(v))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th colSpan={result.groupFields.length}>{t.total}</th>
          {result.total.values.map((v, i) => (
            <th key={`t${i}`} className={styles.number}>
              {v == null ? '—' : groupDigits(String(v))}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  )
}
