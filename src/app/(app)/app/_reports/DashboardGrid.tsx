import type { WidgetData } from '../../../../reports/dashboards/dashboardData'
import type { AggregateResult } from '../../../../reports/run/runAggregate'
import { ReportChart } from './ReportChart'
import { ResultTable } from './ResultTable'
import styles from './reports.module.css'
import { REPORT_TEXTS } from './reportTexts'
import { TabularTable } from './TabularTable'

type Props = { name: string; widgets: WidgetData[]; language: 'en' | 'zh' }

/** A dashboard's widgets in a two-column grid: each report's chart (or table), run as the viewer. */
export function DashboardGrid({ name, widgets, language }: Props) {
  const t = REPORT_TEXTS[language]
  return (
    <section aria-label={name}>
      <h2 className={styles.title}>{name}</h2>
      <div className={styles.widgets}>
        {widgets.map((w) => {
          const result = w.result && w.result.type !== 'tabular' ? (w.result as AggregateResult) : null
          const chart = w.result?.chart
          return (
            <article
              key={w.id}
              className={`${styles.card} ${w.width === 'full' ? styles.full : ''}`}
              data-widget={w.report?.name ?? ''}
            >
              <h3 className={styles.title}>{w.report?.name ?? '—'}</h3>
              {w.error ? <p className={styles.error}>{w.error}</p> : null}
              {result && chart && w.display === 'chart' ? (
                <ReportChart result={result} type={chart.type as 'bar'} aggregate={chart.aggregate} language={language} />
              ) : null}
              {result && (w.display === 'table' || !chart) ? <ResultTable result={result} language={language} t={t} /> : null}
              {w.result?.type === 'tabular' ? <TabularTable result={w.result} language={language} t={t} /> : null}
            </article>
          )
        })}
      </div>
    </section>
  )
}
