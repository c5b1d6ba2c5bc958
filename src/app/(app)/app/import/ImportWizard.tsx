'use client'
import { useCallback, useMemo, useState } from 'react'
import { api, problemsOf } from '../../../../../form-designer/lists/api'
import { ColumnsStep } from './ColumnsStep'
import { FileStep, type Uploaded } from './FileStep'
import styles from './import.module.css'
import { MatchingStep } from './MatchingStep'
import { PastImports } from './PastImports'
import { RunStep } from './RunStep'
import { TryRunStep } from './TryRunStep'
import { importTexts } from './texts'
import { type LookupChoice, lookupFields, type Mapping, missingRequired } from './wizardModel'

type Step = 'file' | 'columns' | 'matching' | 'try' | 'run'
const STEPS: Step[] = ['file', 'columns', 'matching', 'try', 'run']
const STEP_LABEL = { file: 'stepFile', columns: 'stepColumns', matching: 'stepMatching', try: 'stepTry', run: 'stepRun' } as const

type Props = {
  language: 'en' | 'zh'
  collections: { value: string; label: { en: string; zh: string } }[]
  initialCollection: string
  limits: { megabytes: number; rows: number }
}

/**
 * The import wizard (/app/import): file → columns → matching → try run → import with progress,
 * rejected rows and undo. Every step talks to the import engine's REST endpoints (docs/import.md).
 */
export function ImportWizard({ language, collections, initialCollection, limits }: Props) {
  const t = useMemo(() => importTexts(language), [language])
  const [step, setStep] = useState<Step>('file')
  const [collection, setCollection] = useState(initialCollection)
  const [file, setFile] = useState<Uploaded | null>(null)
  const [mapping, setMapping] = useState<Mapping>({})
  const [lookups, setLookups] = useState<Record<string, LookupChoice>>({})
  const [duplicateRule, setDuplicateRule] = useState('skip')
  const [dateOrder, setDateOrder] = useState('ymd')
  const [runId, setRunId] = useState<string | number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [version, setVersion] = useState(0)

  const mappedLookups = file ? lookupFields(file.fields, mapping, file.headers) : []
  const body = useMemo(
    () => ({
      mapping,
      options: {
        duplicateRule,
        dateOrder,
        lookups: Object.fromEntries(mappedLookups.map((f) => [f.path, lookups[f.path] ?? { by: 'name' }])),
      },
    }),
    // mappedLookups follows mapping and file.
    [mapping, duplicateRule, dateOrder, lookups, file],
  )
  const labels = Object.fromEntries(collections.map((c) => [c.value, c.label[language]]))

  const start = async () => {
    if (!file) return
    setProblem(null)
    const res = await api(`/imports/${file.id}/start`, { method: 'POST', body: JSON.stringify(body) })
    if (res.status !== 200) {
      const p = problemsOf(res.body)
      return setProblem(t('refused', { reason: [...p.fields.map((f) => f.message), ...p.general].join(' ') }))
    }
    setRunId(file.id)
    setStep('run')
    setVersion((v) => v + 1)
  }
  const restart = () => {
    setFile(null)
    setMapping({})
    setLookups({})
    setRunId(null)
    setStep('file')
    setVersion((v) => v + 1)
  }
  // The past imports list shows a run's final status once it ends.
  const refreshPast = useCallback(() => setVersion((v) => v + 1), [])
  const index = STEPS.indexOf(step)
  const canContinue = step === 'columns' ? file != null && missingRequired(file.fields, mapping).length === 0 : true

  return (
    <div className={styles.wizard}>
      <h1>{t('title')}</h1>
      <ol className={styles.stepper} aria-label={t('steps')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={i === index ? styles.stepCurrent : i < index ? styles.stepDone : styles.step}
            aria-current={i === index ? 'step' : undefined}
          >
            {i + 1}. {t(STEP_LABEL[s])}
          </li>
        ))}
      </ol>
      {step === 'file' ? (
        <FileStep
          t={t}
          language={language}
          collections={collections}
          collection={collection}
          onCollection={setCollection}
          dateOrder={dateOrder}
          onDateOrder={setDateOrder}
          limits={limits}
          onUploaded={(u) => {
            setFile(u)
            setMapping(u.suggested ?? {})
            setStep('columns')
          }}
        />
      ) : null}
      {step === 'columns' && file ? (
        <ColumnsStep
          t={t}
          language={language}
          collection={collection}
          file={file}
          mapping={mapping}
          onMapping={setMapping}
          options={body.options}
        />
      ) : null}
      {step === 'matching' ? (
        <MatchingStep
          t={t}
          language={language}
          lookups={mappedLookups}
          choices={lookups}
          onChoices={setLookups}
          duplicateRule={duplicateRule}
          onDuplicateRule={setDuplicateRule}
        />
      ) : null}
      {step === 'try' && file ? <TryRunStep t={t} id={file.id} body={body} /> : null}
      {step === 'run' && runId != null ? <RunStep key={String(runId)} t={t} id={runId} onFinished={refreshPast} /> : null}
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      <div className={styles.actions}>
        {index > 0 && step !== 'run' ? (
          <button type="button" className={styles.secondary} onClick={() => setStep(STEPS[index - 1])}>
            {t('back')}
          </button>
        ) : null}
        {step === 'columns' || step === 'matching' ? (
          <button type="button" className={styles.primary} disabled={!canContinue} onClick={() => setStep(STEPS[index + 1])}>
            {t('continue')}
          </button>
        ) : null}
        {step === 'try' && file ? (
          <button type="button" className={styles.primary} onClick={start}>
            {t('start', { total: file.total })}
          </button>
        ) : null}
        {step === 'run' ? (
          <button type="button" className={styles.secondary} onClick={restart}>
            {t('another')}
          </button>
        ) : null}
      </div>
      <PastImports
        t={t}
        version={version}
        labels={labels}
        onOpen={(id) => {
          setRunId(id)
          setStep('run')
        }}
      />
    </div>
  )
}
