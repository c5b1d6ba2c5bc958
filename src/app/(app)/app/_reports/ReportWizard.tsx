'use client'

import { useState } from 'react'
import type { ChartType, RelativePeriod, ReportDefinition } from '../../../../reports/definition/reportDefinition'
import type { FieldKind } from '../../../../reports/fields/reportFields'
import type { AggregateResult } from '../../../../reports/run/runAggregate'
import { ReportChart } from './ReportChart'
import { ResultTable } from './ResultTable'
import styles from './reports.module.css'
import { PERIOD_LABELS, REPORT_TEXTS } from './reportTexts'

type Label = { en: string; zh: string }
export type WizardField = { path: string; kind: FieldKind; label: Label }
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
 * The report wizard: records → type → groups → measure → date filter → chart, previewed on the server
 * (the engine runs within the user's scope), then saved and added to the user's home dashboard.
 */
export function ReportWizard({ language, entities }: Props) {
  const t = REPORT_TEXTS[language]
  const [slug, setSlug] = useState(entities[0]?.slug ?? '')
  const entity = entities.find((e) => e.slug === slug)
  const fields = entity?.fields ?? []
  const [type, setType] = useState<'summary' | 'matrix'>('summary')
  const [group1, setGroup1] = useState('')
  const [group2, setGroup2] = useState('')
  const [unit, setUnit] = useState<'month' | 'quarter' | 'year'>('month')
  const [fn, setFn] = useState<(typeof FNS)[number]>('count')
  const [measureField, setMeasureField] = useState('')
  const [dateField, setDateField] = useState('')
  const [period, setPeriod] = useState<RelativePeriod | ''>('')
  const [chart, setChart] = useState<ChartType | ''>('bar')
  const [name, setName] = useState('')
  const [result, setResult] = useState<AggregateResult | null>(null)
  const [error, setError] = useState('')
  const [status, setStatus] = useState('')
  const [savedId, setSavedId] = useState<string | number | null>(null)

  const kindOf = (path: string) => fields.find((f) => f.path === path)?.kind
  const group = (path: string) => (kindOf(path) === 'date' ? { field: path, dateUnit: unit } : { field: path })
  const definition = (): ReportDefinition => ({
    entity: slug,
    type,
    groups: [group1, group2].filter(Boolean).map(group),
    aggregates: fn === 'count' ? [{ fn: 'count' }] : [{ fn: 'count' }, { fn, field: measureField }],
    filters: period && dateField ? [{ field: dateField, op: 'period', period }] : [],
    chart: chart ? { type: chart, aggregate: fn === 'count' ? 0 : 1 } : null,
  })
  const run = async () => {
    setError('')
    setStatus('')
    try {
      setResult(await post('/api/reports/run', { definition: definition(), pageSize: 100 }))
    } catch (e) {
      setResult(null)
      setError((e as Error).message)
    }
  }
  const save = async () => {
    setError('')
    try {
      const saved = await post('/api/reports', { name: name || t.newReport, scope: 'user', definition: definition() })
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
      const widget = { report: savedId, display: 'chart', width: 'half' }
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
  const choose = (value: string, set: (v: string) => void, options: WizardField[], label: string, id: string, none = true) => (
    <label className={styles.field} htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        {none ? <option value="">{t.noGroup}</option> : null}
        {options.map((f) => (
          <option key={f.path} value={f.path}>
            {f.label[language]}
          </option>
        ))}
      </select>
    </label>
  )
  const groupable = fields.filter((f) => GROUPABLE.includes(f.kind))
  const measurable = fields.filter((f) => f.kind === 'number' || f.kind === 'money')
  const dates = fields.filter((f) => f.kind === 'date')
  const chartIndex = fn === 'count' ? 0 : 1
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
          <select id="report-type" value={type} onChange={(e) => setType(e.target.value as 'summary' | 'matrix')}>
            <option value="summary">{t.summary}</option>
            <option value="matrix">{t.matrix}</option>
          </select>
        </label>
        <div className={styles.row}>
          {choose(group1, setGroup1, groupable, t.groupBy, 'report-group1')}
          {choose(group2, setGroup2, groupable, t.thenBy, 'report-group2')}
        </div>
        {[group1, group2].some((g) => kindOf(g) === 'date') ? (
          <label className={styles.field} htmlFor="report-unit">
            {t.dateUnit}
            <select id="report-unit" value={unit} onChange={(e) => setUnit(e.target.value as 'month')}>
              <option value="month">{t.month}</option>
              <option value="quarter">{t.quarter}</option>
              <option value="year">{t.year}</option>
            </select>
          </label>
        ) : null}
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
          {fn !== 'count' ? choose(measureField, setMeasureField, measurable, t.ofField, 'report-measure') : null}
        </div>
        <div className={styles.row}>
          {choose(dateField, setDateField, dates, t.period, 'report-date-field')}
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
        {result && chart ? <ReportChart result={result} type={chart} aggregate={chartIndex} language={language} /> : null}
        {result ? <ResultTable result={result} language={language} t={t} /> : null}
      </section>
    </div>
  )
}
