import { Decimal } from '../../../../money/decimal'
import { groupDigits } from '../../../../money/groupDigits'
import type { ChartBar } from '../../../../workspace/charts/homeCharts'
import styles from './home.module.css'

/** Sales per month as columns, oldest left; each column's title holds its exact figure. */
export function MonthColumns({ months, language, symbol }: { months: ChartBar[]; language: 'en' | 'zh'; symbol: string }) {
  const max = months.reduce((m, b) => (new Decimal(b.sum).greaterThan(m) ? b.sum : m), '0')
  const height = (sum: string) => (new Decimal(max).isZero() ? 0 : new Decimal(sum).dividedBy(max).times(100).toNumber())
  return (
    <ol className={styles.columns}>
      {months.map((m) => (
        <li
          key={m.key}
          className={styles.column}
          data-key={m.key}
          data-count={m.count}
          data-sum={m.sum}
          title={`${m.key}: ${symbol}${groupDigits(m.sum)} (${m.count})`}
        >
          <span className={styles.columnValue}>{new Decimal(m.sum).isZero() ? '' : shortAmount(m.sum, language)}</span>
          <span className={styles.columnTrack}>
            <span className={styles.columnBar} style={{ height: `${height(m.sum)}%` }} />
          </span>
          <span className={styles.columnLabel}>
            {Number(m.key.slice(5))}
            {language === 'zh' ? '月' : ''}
          </span>
        </li>
      ))}
    </ol>
  )
}

/** 12,345,678.90 → 1234.6万 / 12.3M: short enough to stand above a column. */
function shortAmount(sum: string, language: 'en' | 'zh'): string {
  const value = new Decimal(sum)
  if (language === 'zh')
    return value.greaterThanOrEqualTo(10_000) ? `${value.dividedBy(10_000).toDecimalPlaces(1).toString()}万` : value.toFixed(0)
  if (value.greaterThanOrEqualTo(1_000_000)) return `${value.dividedBy(1_000_000).toDecimalPlaces(1).toString()}M`
  return value.greaterThanOrEqualTo(1_000) ? `${value.dividedBy(1_000).toDecimalPlaces(1).toString()}k` : value.toFixed(0)
}
