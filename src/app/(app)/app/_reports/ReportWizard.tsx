'use client'

import { useState } from 'react'
import type { ChartType, RelativePeriod, ReportDefinition } from '../../../../reports/definition/reportDefinition'
import type { FieldKind } from '../../../../reports/fields/reportFields'
import type { AggregateResult } from '../../../../reports/run/runAggregate'
import type { TabularResult } from '../../../../reports/run/runTabular'
import { ColumnPicker } from './ColumnPicker'
import { FieldSelect } from './FieldSelect'
import { ReportChart } from './ReportChart'
import { ResultTable } from './ResultTable'
import styles from './reports.module.css'
import { PERIOD_LABELS, REPORT_TEXTS } from './reportTexts'
import { type Frequency, ScheduleFields } from './ScheduleFields'
import { TabularTable } from './TabularTable'

type Label = { en: string; zh: string }
/** A field the wizard offers; `group` is the relationship a related field is read through (客户). */
export type WizardField = { path: string; kind: FieldKind; label: Label; group?: Label }
type ReportType = 'tabular' | 'summary' | 'matrix'
export type WizardEntity = { slug: string; label: Label; fields: WizardField[] }
type Props = { language: 'en' | 'zh'; entities: WizardEntity[] }

const GROUPABLE: FieldKind[] = ['text', 'select', 'number', 'date', 'boolean', 'relationship']
const FNS = ['count', 'sum', 'avg', 'min', 'max'] as const
const CHARTS: ChartType[] = ['bar', 'line', 'pie', 'funnel']

async function post(url: string, body: unknown, method = 'POST') {
  const res = await fetch(url, {
    method,
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(json.errors?.map((e: { message: string; path?: string }) => e.message).join(' ') || res.statusText)
  return json
}

/**
 * The report wizard: records → type → columns and sort (a table) or groups, measure and chart (a
 * summary or matrix) → date filter, previewed on the server (the engine runs within the user's
 * scope), then saved with an optional email schedule, downloaded, and added to the home dashboard.
 * Fields include those of related records (an opportunity's 客户 › 行业).
 */
export function ReportWizard({ language, entities }: Props) {
  const t = REPORT_TEXTS[language]
  const [slug, setSlug] = useState(entities[0]?.slug ?? '')
  const entity = entities.find((e) => e.slug === slug)
  const fields = entity?.fields ?? []
  const [type, setType] = useState<ReportType>('summary')
  const [columns, setColumns] = useState<string[]>([])
  const [sortField, setSortField] = useState('')
  const [sortDirection, setSortDirection] = useState<'asc' | 'desc'>('asc')
  const [frequency, setFrequency] = useState<Frequency>('none')
  const [recipients, setRecipients] = useState('')
  const [group1, setGroup1] = useState('')
  const [group2, setGroup2] = useState('')
  const [unit, setUnit] = useState<'month' | 'quarter' | 'year'>('month')
  const [fn, setFn] = useState<(typeof FNS)[number]>('count')
  const [measureField, setMeasureField] = useState('')
  const [dateField, setDateField] = useState('')
  const [period, setPeriod] = useState<RelativePeriod | ''>('')
  const [chart, setChart] = useState<ChartType | ''>('bar')
  const [name, setName] = useState('')
  const [result, setResult] = useState<AggregateResult | TabularResult | null>(null)
  const [error, setError] = useState('')
  const [status, setStatus] = useState('')
  const [savedId, setSavedId] = useState<string | number | null>(null)

  const kindOf = (path: string) => fields.find((f) => f.path === path)?.kind
  const group = (path: string) => (kindOf(path) === 'date' ? { field: path, dateUnit: unit } : { field: path })
  const filters: ReportDefinition['filters'] = period && dateField ? [{ field: dateField, op: 'period', period }] : []
  const definition = (): ReportDefinition =>
    type === 'tabular'
      ? {
          entity: slug,
          type,
          columns,
          filters,
          sort: sortField ? [{ field: sortField, direction: sortDirection }] : [],
          chart: null,
        }
      : {
          entity: slug,
          type,
          groups: [group1, group2].filter(Boolean).map(group),
          aggregates: fn === 'count' ? [{ fn: 'count' }] : [{ fn: 'count' }, { fn, field: measureField }],
          filters,
          chart: chart ? { type: chart, aggregate: fn === 'count' ? 0 : 1 } : null,
        }
  const run = async (page = 1) => {
    setError('')
    setStatus('')
    try {
      setResult(await post('/api/reports/run', { definition: definition(), page, pageSize: type === 'tabular' ? 50 : 100 }))
    } catch (e) {
      setResult(null)
      setError((e as Error).message)
    }
  }
  const save = async () => {
    setError('')
    try {
      const schedule = frequency === 'none' ? { frequency } : { frequency, recipients }
      const saved = await post('/api/reports', { name: name || t.newReport, scope: 'user', definition: definition(), schedule })
      setSavedId(saved.doc.id)
      setStatus(t.savedOk)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const addToDashboard = async () => {
    setError('')
    try {
      const found = await fetch('/api/dashboards?where[scope][equals]=user&where[onHome][equals]=true&limit=1&depth=0', {
        credentials: 'include',
      }).then((r) => r.json())
      const board = found.docs?.[0]
      const widget = { report: savedId, display: type === 'tabular' || !chart ? 'table' : 'chart', width: 'half' }
      if (board) {
        const widgets = [
          ...(board.widgets ?? []).map((w: { report: unknown; display: string; width: string }) => ({ ...w, id: undefined })),
          widget,
        ]
        await post(`/api/dashboards/${board.id}`, { widgets }, 'PATCH')
      } else await post('/api/dashboards', { name: t.myDashboard, scope: 'user', onHome: true, widgets: [widget] })
      setStatus(t.added)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const groupable = fields.filter((f) => GROUPABLE.includes(f.kind))
  const measurable = fields.filter((f) => f.kind === 'number' || f.kind === 'money')
  const dates = fields.filter((f) => f.kind === 'date')
  const chartIndex = fn === 'count' ? 0 : 1
  const pick = (id: string, label: string, value: string, set: (v: string) => void, options: WizardField[]) => (
    <FieldSelect id={id} label={label} value={value} onChange={set} fields={options} language={language} empty={t.noGroup} />
  )
  const aggregateResult = result && result.type !== 'tabular' ? result : null
  return (
    <div className={styles.layout}>
      <form
        className={styles.card}
        aria-label={t.newReport}
        onSubmit={(e) => {
          e.preventDefault()
          void run()
        }}
      >
        <h2 className={styles.title}>{t.newReport}</h2>
        <label className={styles.field} htmlFor="report-entity">
          {t.entity}
          <select
            id="report-entity"
            value={slug}
            onChange={(e) => {
              setSlug(e.target.value)
              setGroup1('')
              setGroup2('')
              setMeasureField('')
              setDateField('')
              setColumns([])
              setSortField('')
              setResult(null)
            }}
          >
            {entities.map((e) => (
              <option key={e.slug} value={e.slug}>
                {e.label[language]}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field} htmlFor="report-type">
          {t.type}
          <select
            id="report-type"
            value={type}
            onChange={(e) => {
              setType(e.target.value as ReportType)
              setResult(null)
            }}
          >
            <option value="tabular">{t.tabular}</option>
            <option value="summary">{t.summary}</option>
            <option value="matrix">{t.matrix}</option>
          </select>
        </label>
        {type === 'tabular' ? (
          <>
            <ColumnPicker columns={columns} onChange={setColumns} fields={fields} language={language} t={t} />
            <div className={styles.row}>
              {pick('report-sort', t.sortBy, sortField, setSortField, fields)}
              <label className={styles.field} htmlFor="report-sort-direction">
                &nbsp;
                <select
                  id="report-sort-direction"
                  value={sortDirection}
                  onChange={(e) => setSortDirection(e.target.value as 'asc' | 'desc')}
                >
                  <option value="asc">{t.ascending}</option>
                  <option value="desc">{t.descending}</option>
                </select>
              </label>
            </div>
          </>
        ) : (
          <div className={styles.row}>
            {pick('report-group1', t.groupBy, group1, setGroup1, groupable)}
            {pick('report-group2', t.thenBy, group2, setGroup2, groupable)}
          </div>
        )}
        {type !== 'tabular' && [group1, group2].some((g) => kindOf(g) === 'date') ? (
          <label className={styles.field} htmlFor="report-unit">
            {t.dateUnit}
            <select id="report-unit" value={unit} onChange={(e) => setUnit(e.target.value as 'month')}>
              <option value="month">{t.month}</option>
              <option value="quarter">{t.quarter}</option>
              <option value="year">{t.year}</option>
            </select>
          </label>
        ) : null}
        {type === 'tabular' ? null : (
          <div className={styles.row}>
            <label className={styles.field} htmlFor="report-fn">
              {t.aggregate}
              <select id="report-fn" value={fn} onChange={(e) => setFn(e.target.value as 'count')}>
                {FNS.map((f) => (
                  <option key={f} value={f} disabled={f !== 'count' && measurable.length === 0}>
                    {t[f]}
                  </option>
                ))}
              </select>
            </label>
            {fn !== 'count' ? pick('report-measure', t.ofField, measureField, setMeasureField, measurable) : null}
          </div>
        )}
        <div className={styles.row}>
          {pick('report-date-field', t.period, dateField, setDateField, dates)}
          <label className={styles.field} htmlFor="report-period">
            &nbsp;
            <select id="report-period" value={period} onChange={(e) => setPeriod(e.target.value as RelativePeriod)}>
              <option value="">{t.anyTime}</option>
              {Object.entries(PERIOD_LABELS[language]).map(([key, text]) => (
                <option key={key} value={key}>
                  {text}
                </option>
              ))}
            </select>
          </label>
        </div>
        {type === 'tabular' ? null : (
          <label className={styles.field} htmlFor="report-chart">
            {t.chart}
            <select id="report-chart" value={chart} onChange={(e) => setChart(e.target.value as ChartType)}>
              <option value="">{t.noChart}</option>
              {CHARTS.map((c) => (
                <option key={c} value={c}>
                  {t[c]}
                </option>
              ))}
            </select>
          </label>
        )}
        <ScheduleFields
          frequency={frequency}
          recipients={recipients}
          onFrequency={setFrequency}
          onRecipients={setRecipients}
          t={t}
        />
        <label className={styles.field} htmlFor="report-name">
          {t.name}
          <input id="report-name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className={styles.actions}>
          <button type="submit" className={styles.secondary}>
            {t.preview}
          </button>
          <button type="button" className={styles.button} onClick={() => void save()} disabled={!result}>
            {t.save}
          </button>
          <button type="button" className={styles.secondary} onClick={() => void addToDashboard()} disabled={savedId == null}>
            {t.addToDashboard}
          </button>
        </div>
        {status ? (
          <p className={styles.status} role="status">
            {status}
            {savedId != null ? (
              <>
                {' '}
                {t.download}{' '}
                <a href={`/api/reports/${savedId}/export?format=xlsx`} download>
                  XLSX
                </a>{' '}
                <a href={`/api/reports/${savedId}/export?format=csv`} download>
                  CSV
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        {error ? (
          <p className={styles.error} role="alert">
            {error}
          </p>
        ) : null}
      </form>
      <section className={styles.card} aria-label={t.preview}>
        <h2 className={styles.title}>{name || t.preview}</h2>
        {aggregateResult && chart ? (
          <ReportChart result={aggregateResult} type={chart} aggregate={chartIndex} language={language} />
        ) : null}
        {aggregateResult ? <ResultTable result={aggregateResult} language={language} t={t} /> : null}
        {result?.type === 'tabular' ? (
          <TabularTable result={result} language={language} t={t} onPage={(page) => void run(page)} />
        ) : null}
      </section>
    </div>
  )
}
