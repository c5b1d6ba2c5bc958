import { Decimal } from '../../../../money/decimal'
import type { AggregateResult } from '../../../../reports/run/runAggregate'
import styles from './reports.module.css'

type Props = { result: AggregateResult; type: 'bar' | 'line' | 'pie' | 'funnel'; aggregate: number; language: 'en' | 'zh' }

const COLORS = ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d']
const W = 480
const H = 220

/**
 * A report's chart as plain SVG: the first group level's values of one aggregate (subtotals when there
 * are two levels). Every figure is also written out (labels and values), so it reads without the picture.
 */
export function ReportChart({ result, type, aggregate, language }: Props) {
  const source = result.subtotals.length > 0 ? result.subtotals : result.rows
  const points = source
    .map((r) => ({ label: r.keys[0]?.label[language] ?? '', value: Number(new Decimal(r.values[aggregate] ?? '0').toFixed(2)) }))
    .slice(0, 24)
  const max = Math.max(1, ...points.map((p) => Math.abs(p.value)))
  const name = result.aggregates[aggregate]?.label[language] ?? ''
  if (points.length === 0) return null
  if (type === 'pie') {
    const total = points.reduce((s, p) => s + Math.max(0, p.value), 0) || 1
    let angle = -Math.PI / 2
    return (
      <figure className={styles.chart} data-chart="pie">
        <svg viewBox="0 0 220 220" width="220" height="220" role="img" aria-label={name}>
          {points.map((p, i) => {
            const sweep = (Math.max(0, p.value) / total) * Math.PI * 2
            const [x1, y1] = [110 + 100 * Math.cos(angle), 110 + 100 * Math.sin(angle)]
            angle += sweep
            const [x2, y2] = [110 + 100 * Math.cos(angle), 110 + 100 * Math.sin(angle)]
            const d =
              sweep >= Math.PI * 2 - 1e-6
                ? 'M 110 10 A 100 100 0 1 1 109.99 10 Z'
                : `M 110 110 L ${x1} ${y1} A 100 100 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2} ${y2} Z`
            return <path key={p.label} d={d} fill={COLORS[i % COLORS.length]} />
          })}
        </svg>
        <Legend points={points} />
      </figure>
    )
  }
  if (type === 'line') {
    const step = points.length > 1 ? (W - 40) / (points.length - 1) : 0
    const xy = points.map((p, i) => [20 + i * step, H - 30 - (p.value / max) * (H - 50)])
    return (
      <figure className={styles.chart} data-chart="line">
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={name}>
          <polyline points={xy.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke={COLORS[0]} strokeWidth="2" />
          {xy.map(([x, y], i) => (
            <g key={points[i].label}>
              <circle cx={x} cy={y} r="3" fill={COLORS[0]} />
              <text x={x} y={H - 10} fontSize="10" textAnchor="middle">
                {points[i].label}
              </text>
            </g>
          ))}
        </svg>
        <Legend points={points} />
      </figure>
    )
  }
  const barHeight = 22
  const height = points.length * (barHeight + 6)
  return (
    <figure className={styles.chart} data-chart={type}>
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={name}>
        {points.map((p, i) => {
          const width = Math.max(2, (Math.abs(p.value) / max) * (W - 220))
          const x = type === 'funnel' ? 120 + (W - 220 - width) / 2 : 120
          return (
            <g key={p.label}>
              <text x={114} y={i * (barHeight + 6) + 15} fontSize="12" textAnchor="end">
                {p.label}
              </text>
              <rect
                x={x}
                y={i * (barHeight + 6)}
                width={width}
                height={barHeight}
                rx="3"
                fill={COLORS[type === 'funnel' ? i % COLORS.length : 0]}
              />
              <text x={W - 96} y={i * (barHeight + 6) + 15} fontSize="12">
                {p.value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US')}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

function Legend({ points }: { points: { label: string; value: number }[] }) {
  return (
    <ul className={styles.legend}>
      {points.map((p, i) => (
        <li key={p.label}>
          <span className={styles.swatch} style={{ background: COLORS[i % COLORS.length] }} />
          {p.label}: {p.value}
        </li>
      ))}
    </ul>
  )
}
