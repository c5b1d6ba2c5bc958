'use client'
import { useEffect, useState } from 'react'
import type { Labels } from '../../../src/customFields/layout/types'
import { flowKeyProblem } from '../model'
import type { Say } from './texts'
import styles from './workflowEditor.module.css'

/** A text setting; `problem` shows under it (a live check or the server's refusal). */
export function TextInput({
  label,
  value,
  onChange,
  testId,
  problem,
  placeholder,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  testId?: string
  problem?: string | null
  placeholder?: string
}) {
  return (
    <label className={styles.prop}>
      <span>{label}</span>
      <input
        className={problem ? styles.inputFlagged : styles.input}
        value={value}
        placeholder={placeholder}
        data-testid={testId}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem ? <span className={styles.problemText}>{problem}</span> : null}
    </label>
  )
}

/** A number setting; empty means "not set". */
export function NumberInput({
  label,
  value,
  onChange,
  testId,
  problem,
}: {
  label: string
  value: number | undefined
  onChange: (value: number | undefined) => void
  testId?: string
  problem?: string | null
}) {
  return (
    <label className={styles.prop}>
      <span>{label}</span>
      <input
        type="number"
        className={problem ? styles.inputFlagged : styles.input}
        value={value ?? ''}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
      {problem ? <span className={styles.problemText}>{problem}</span> : null}
    </label>
  )
}

export function LabelsInput({
  value,
  onChange,
  say,
  testId,
  zhKey = 'labelZh',
  enKey = 'labelEn',
  problem,
}: {
  value: Labels
  onChange: (value: Labels) => void
  say: Say
  testId: string
  zhKey?: 'labelZh' | 'subjectZh'
  enKey?: 'labelEn' | 'subjectEn'
  problem?: string | null
}) {
  return (
    <div className={styles.pair}>
      <TextInput
        label={say(zhKey)}
        value={value.zh ?? ''}
        testId={`${testId}-zh`}
        problem={problem}
        onChange={(zh) => onChange({ ...value, zh: zh || undefined })}
      />
      <TextInput
        label={say(enKey)}
        value={value.en ?? ''}
        testId={`${testId}-en`}
        onChange={(en) => onChange({ ...value, en: en || undefined })}
      />
    </div>
  )
}

/**
 * A key: the typed text is kept here until it is usable (right shape, no clash), so that a half-typed
 * key never renames the transitions to a stage it happens to match on the way. A suggestion from the
 * label is one click away.
 */
export function KeyInput({
  value,
  taken,
  suggestion,
  onChange,
  say,
  testId,
  problem,
}: {
  value: string
  taken: ReadonlySet<string>
  suggestion: string
  onChange: (key: string) => void
  say: Say
  testId: string
  problem?: string | null
}) {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  const local = draft === value ? null : flowKeyProblem(draft, taken)
  const shown = local === 'shape' ? say('keyShape') : local === 'taken' ? say('keyTaken') : problem
  return (
    <div className={styles.prop}>
      <label className={styles.prop} style={{ marginBottom: 0 }}>
        <span>{say('key')}</span>
        <input
          className={shown ? styles.inputFlagged : styles.input}
          value={draft}
          data-testid={testId}
          onChange={(e) => {
            setDraft(e.target.value)
            if (!flowKeyProblem(e.target.value, taken)) onChange(e.target.value)
          }}
          onBlur={() => setDraft(value)}
        />
      </label>
      {shown ? <span className={styles.problemText}>{shown}</span> : null}
      {suggestion && suggestion !== value ? (
        <button type="button" className={styles.link} style={{ alignSelf: 'flex-start' }} onClick={() => onChange(suggestion)}>
          {say('suggest')} <code>{suggestion}</code>
        </button>
      ) : null}
    </div>
  )
}

/** A select over choices; the empty choice, when given, means "not set". */
export function SelectInput({
  label,
  value,
  choices,
  onChange,
  empty,
  testId,
  problem,
}: {
  label: string
  value: string
  choices: { value: string; label: string }[]
  onChange: (value: string) => void
  empty?: string
  testId?: string
  problem?: string | null
}) {
  const listed = choices.some((c) => c.value === value) || value === ''
  return (
    <label className={styles.prop}>
      <span>{label}</span>
      <select
        className={problem ? styles.inputFlagged : styles.input}
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {/* A stored value the choices lack (a removed role, a template of another tenant) stays visible. */}
        {listed ? null : <option value={value}>{value}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {problem ? <span className={styles.problemText}>{problem}</span> : null}
    </label>
  )
}
