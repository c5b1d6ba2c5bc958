'use client'
import { useEffect, useState } from 'react'
import type { FieldSchema } from '../../src/customFields/customSchema'
import { type DesignerDoc, keyProblem, updateField } from '../model/designer'
import { checkRule } from '../model/rules'
import styles from './designer.module.css'
import type { Say } from './texts'

/** The inputs the property panel is made of: texts, rules, the key, options, and the problems found. */

export function Text({
  label,
  value,
  onChange,
  testId,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  testId: string
}) {
  return (
    <label className={styles.prop}>
      <span>{label}</span>
      <input className={styles.input} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}

/** A rule input that says at once whether the rule parses and names fields that exist. */
export function Rule({
  label,
  value,
  onChange,
  known,
  circular,
  testId,
}: {
  label: string
  value: string
  onChange: (v: string | undefined) => void
  known: (path: string) => boolean
  /** The circle this rule closes, if it does. */
  circular: string | null
  testId: string
}) {
  const result = value.trim() ? checkRule(value, known) : null
  const problem = result && 'problem' in result ? result.problem.message : circular
  return (
    <label className={styles.prop}>
      <span>{label}</span>
      <input
        className={styles.input}
        value={value}
        placeholder="custom.type == 'repair'"
        data-testid={testId}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => onChange(e.target.value.trim() ? e.target.value : undefined)}
      />
      {problem ? <span className={styles.problem}>{problem}</span> : null}
    </label>
  )
}

export function OptionsEditor({
  field,
  apply,
  fieldKey,
  say,
}: {
  field: FieldSchema
  fieldKey: string
  apply: (change: (doc: DesignerDoc) => DesignerDoc) => void
  say: Say
}) {
  const options = field['x-options'] ?? []
  const write = (next: typeof options) => {
    const values = next.map((o) => o.value)
    const patch: Partial<FieldSchema> =
      field['x-type'] === 'multiSelect'
        ? { 'x-options': next, items: { ...field.items, type: 'string', enum: values } }
        : { 'x-options': next, enum: values }
    apply((d) => updateField(d, fieldKey, patch))
  }
  return (
    <div className={styles.prop}>
      <span>{say('options')}</span>
      {options.map((o, i) => (
        <div key={`${o.value}-${i}`} className={styles.optionRow}>
          <input
            className={styles.input}
            aria-label="value"
            value={o.value}
            onChange={(e) => write(options.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
          />
          <input
            className={styles.input}
            aria-label="中文"
            value={o.label.zh ?? ''}
            onChange={(e) => write(options.map((x, j) => (j === i ? { ...x, label: { ...x.label, zh: e.target.value } } : x)))}
          />
          <input
            className={styles.input}
            aria-label="English"
            value={o.label.en ?? ''}
            onChange={(e) => write(options.map((x, j) => (j === i ? { ...x, label: { ...x.label, en: e.target.value } } : x)))}
          />
          <button type="button" className={styles.link} aria-label="×" onClick={() => write(options.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className={styles.link}
        onClick={() => write([...options, { value: `option${options.length + 1}`, label: { zh: '', en: '' } }])}
      >
        {say('addOption')}
      </button>
    </div>
  )
}

/**
 * The key of a field. What is typed is kept even when it cannot be used (its shape, or another field's
 * key) and the reason is said; the document only changes to a usable key. Published keys stay.
 */
export function KeyProperty({
  fieldKey,
  published,
  taken,
  suggestion,
  onRename,
  say,
}: {
  fieldKey: string
  published: boolean
  taken: ReadonlySet<string>
  suggestion: string
  onRename: (key: string) => void
  say: Say
}) {
  const [text, setText] = useState(fieldKey)
  useEffect(() => setText(fieldKey), [fieldKey])
  const problem = text === fieldKey ? null : keyProblem(text, taken)
  return (
    <label className={styles.prop}>
      <span>{say('key')}</span>
      <span className={styles.optionRow}>
        <input
          className={styles.input}
          value={text}
          disabled={published}
          data-testid="field-key"
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setText(e.target.value)
            if (!keyProblem(e.target.value, taken)) onRename(e.target.value)
          }}
        />
        {!published && suggestion !== fieldKey && !suggestion.startsWith('field') ? (
          <button type="button" className={styles.link} data-testid="field-key-suggestion" onClick={() => onRename(suggestion)}>
            {say('suggest')} {suggestion}
          </button>
        ) : null}
      </span>
      {problem ? (
        <span className={styles.problem} data-testid="field-key-problem">
          {say(problem === 'taken' ? 'keyTaken' : 'keyShape')}
        </span>
      ) : null}
      {published ? <span className={styles.muted}>{say('keyFixed')}</span> : null}
    </label>
  )
}

/** The problems a refused save named for the selected field or section. */
export function SelectionProblems({ messages }: { messages: string[] | undefined }) {
  if (!messages) return null
  return (
    <div className={styles.selectionProblems} data-testid="selection-problems">
      {messages.map((m) => (
        <p key={m} className={styles.problem}>
          {m}
        </p>
      ))}
    </div>
  )
}
