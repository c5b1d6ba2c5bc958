import { Decimal } from '../../../../money/decimal'
import { groupDigits } from '../../../../money/groupDigits'
import type { ChartBar } from '../../../../workspace/charts/homeCharts'
import styles from './home.module.css'

type Props = {
  bars: ChartBar[]
  language: 'en' | 'zh'
  /** What the bar's length shows: the amount or the number of records. */
  measure: 'sum' | 'count'
  /** Bars centred and narrowing, as a funnel. */
  funnel?: boolean
  countUnit: { zh: string; en: string }
  /** The tenant's currency sign, written before amounts. */
  symbol: string
}

const share = (value: string, max: string) =>
  new Decimal(max).isZero() ? 0 : new Decimal(value).dividedBy(max).times(100).toNumber()

/** Horizontal bars with their figures written out, so the chart reads without the picture too. */
export function BarList({ bars, language, measure, funnel, countUnit, symbol }: Props) {
  const values = bars.map((b) => (measure === 'sum' ? b.sum : String(b.count)))
  const max = values.reduce((m, v) => (new Decimal(v).greaterThan(m) ? v : m), '0')
  return (
    <ul className={styles.bars}>
      {bars.map((bar, i) => (
        <li key={bar.key} className={styles.barRow} data-key={bar.key} data-count={bar.count} data-sum={bar.sum}>
          <span className={styles.barLabel}>{bar.label[language] ?? bar.key}</span>
          <span className={funnel ? styles.barTrackCentered : styles.barTrack}>
            <span className={styles.bar} style={{ width: `${Math.max(share(values[i], max), values[i] === '0' ? 0 : 2)}%` }} />
          </span>
          <span className={styles.barValue}>
            {measure === 'sum' ? `${symbol}${groupDigits(bar.sum)} · ` : ''}
            {bar.count} {countUnit[language]}
          </span>
        </li>
      ))}
    </ul>
  )
}
